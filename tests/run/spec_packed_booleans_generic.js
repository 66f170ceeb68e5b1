// Arrays of booleans that must keep their 8-byte storage: each is used in a
// way only the runtime supports (printing, methods other than push,
// callbacks, comparison), so the compiler does not pack it. The output
// must match Node all the same.

function make(n) {
  const a = [];
  for (let i = 0; i < n; i++) a.push(i % 2 === 0);
  return a;
}

const printed = make(5);
console.log(printed);

const joined = make(4);
console.log(joined.join("-"), joined.indexOf(false), joined.includes(true));

const iterated = make(3);
iterated.forEach((b, i) => console.log("each", i, b));

const concatenated = make(3);
console.log(concatenated.concat([true]).length, concatenated.slice(1));

const compared = make(2);
const same = compared;
console.log(compared === same, compared !== make(2));

const tested = make(2);
if (tested) console.log("arrays are truthy");

const popped = make(4);
console.log(popped.pop(), popped.length, popped.slice(1));

const holey = [true, , false];
console.log(holey, holey.length, holey[1]);

const stringly = [true];
stringly.push("yes");
console.log(stringly);

const negative = make(2);
negative[-1] = true;
console.log(negative[-1], negative.length);

const filled = new Array(3).fill(false);
filled[1] = true;
console.log(filled);

const mapped = make(4).map((b) => !b);
console.log(mapped);
