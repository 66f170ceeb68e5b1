// `%o` is util.inspect with showHidden and depth 4: non-enumerable own
// properties in brackets ([length] of arrays, a function's [length], [name],
// [arguments], [caller] and [prototype]), and the non-function properties of
// user prototypes.
console.log("%o", [1, 2]);
console.log("%o", [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
console.log("%o", [, 1]);
function f(a, b) {}
console.log("%o", f);
console.log("%o", { f });
console.log("%o", () => 1);
console.log("%o", function () { "use strict"; });
console.log("%o", { m() { return 1; } });
console.log("%o", Math.max);
console.log("%o", f.bind(null));
console.log("%o", { a: 1, b: [3] });
console.log("%o", [[1, [2, [3, [4, [5, [6]]]]]]]);
console.log("%o", "str");
console.log("%o", 42);
console.log("%o", new Number(3));
console.log("%o", new String("ab"));
console.log("%o", Object.create(null));
const hidden = {};
Object.defineProperty(hidden, "h", { value: 3 });
console.log("%o", hidden);
console.log("%o", hidden, hidden);
console.log("%o x %o", [1], { y: [2] });
console.log("%o and %O", { a: [1] }, { a: [1] });
console.log("%%o %o", [1]);
console.log("%o %o", [1]);
const cyc = { name: "c" };
cyc.self = cyc;
console.log("%o", cyc);

function P() { this.x = 1; }
P.prototype.kind = "p";
P.prototype.nested = { a: { b: { c: { d: { e: 1 } } } } };
P.prototype.m = function () {};
console.log("%o", new P());
console.log("%o", [new P()]);
console.log("%o", P);
console.log(new P());
function Q() { this.kind = "own"; }
Q.prototype = Object.create(P.prototype);
Q.prototype.q = 2;
console.log("%o", new Q());
function Map() {}
Map.prototype.k = 1;
console.log("%o", new Map());
const withInherited = Object.create({ inherited: 1 });
withInherited.own = 2;
console.log("%o", withInherited);
