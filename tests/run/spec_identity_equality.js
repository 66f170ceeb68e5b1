// `===` and `!==` where one side's type has one bit pattern per identity
// (objects, closures, undefined, null): compiled as a compare of the bits.
// Every line must match Node.

const NONE = null;
function Node(value, next) {
  this.value = value;
  this.next = next;
}
function length(list) {
  let n = 0;
  for (let p = list; p !== NONE; p = p.next) n++;
  return n;
}
let list = null;
for (let i = 0; i < 5; i++) list = new Node(i, list);
console.log(length(list), length(null), list === list, list.next !== list, list === list.next.next);

// null and undefined are different values; neither is an object.
function kind(x) {
  if (x === null) return "null";
  if (x === undefined) return "undefined";
  if (x === list) return "the list";
  return typeof x;
}
console.log(kind(null), kind(undefined), kind(list), kind(new Node(0, null)), kind(0), kind(""), kind(NaN), kind(-0));

// Closures by identity.
function add(a, b) {
  return a + b;
}
function mul(a, b) {
  return a * b;
}
function pick(op) {
  return op === add ? "add" : op === mul ? "mul" : "other";
}
console.log(pick(add), pick(mul), pick((a, b) => a - b), pick(null));

// An object against values of unknown type: numbers, strings and other objects.
const things = [0, "x", null, undefined, list, {}, true, 1.5, list.next];
let same = "";
for (let i = 0; i < things.length; i++) same += (things[i] === list ? "1" : "0") + (things[i] !== NONE ? "+" : "-");
console.log(same);
