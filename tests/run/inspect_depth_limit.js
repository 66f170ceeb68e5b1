console.log({ a: { b: { c: { d: 1 } } } });
console.log({ a: { b: { c: [1, 2] } } });
console.log([[[[1]]]], [[[[]]]], [[[{}]]]);
console.log([1, [2, [3, [4, [5]]]]]);
console.log({ l1: { l2: { l3: {} } } });
console.log({ x: [{ y: [{ z: 1 }] }] });
console.log([{ a: { b: { c: 1 } } }]);
var tree = { v: 1, kids: [{ v: 2, kids: [{ v: 3, kids: [] }] }] };
console.log(tree);
var chain = { name: "root" };
var cur = chain;
for (var i = 0; i < 5; i++) { cur.child = { name: "n" + i }; cur = cur.child; }
console.log(chain);
console.log([chain]);
