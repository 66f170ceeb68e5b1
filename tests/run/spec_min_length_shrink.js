// An array class's least made length proves indices in bounds only while its
// arrays never shrink: every operation that can shrink or empty an array
// must keep its reads checked (they read undefined past the new end).
const ops = [
  (a) => a.pop(),
  (a) => a.shift(),
  (a) => a.splice(0, 3),
  (a) => {
    a.length = 0;
  },
  (a) => {
    delete a[2];
  },
  (a) => a.reverse(),
  (a) => a.fill(0, 1),
];
function Holder() {
  this.v = [1, 2, 3];
}
function at(h, i) {
  return h.v[i];
}
for (let k = 0; k < ops.length; k++) {
  const h = new Holder();
  const before = [at(h, 0), at(h, 1), at(h, 2)];
  ops[k](h.v);
  console.log(k, before, [at(h, 0), at(h, 1), at(h, 2)], h.v.length);
}
// The same with the operation written directly on a field's array.
function Box() {
  this.items = [10, 20, 30];
}
function third(b) {
  return b.items[2];
}
const b = new Box();
console.log(third(b));
b.items.pop();
console.log(third(b), b.items.length);
