// A prototype replaced after objects were made; objects made between method
// definitions.
function Base() {
  this.v = 1;
}
Base.prototype.kind = function () {
  return "base";
};
function Old() {
  this.v = 2;
}
Old.prototype.kind = function () {
  return "old";
};
const before = new Old();
Old.prototype = Object.create(Base.prototype);
const after = new Old();
console.log(before.kind(), after.kind(), before instanceof Old, after instanceof Base);

// Objects made between method definitions see every method.
function Counter(start) {
  this.n = start;
}
const ZERO = new Counter(0);
Counter.prototype.next = function () {
  return new Counter(this.n + 1);
};
Counter.prototype.value = function () {
  return this.n;
};
let c = ZERO;
for (let i = 0; i < 5; i++) c = c.next();
console.log(c.value(), ZERO.value());
