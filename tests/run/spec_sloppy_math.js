// Sloppy-mode methods that use `this` as a value: Math calls stay inline
// when every such `this` is proven an object, and generic when one may be
// the global object (which reaches Math).
function V(x) {
  this.x = x;
}
V.prototype.self = function () {
  return this;
};
V.prototype.len = function () {
  return Math.sqrt(this.x * this.x);
};
console.log(new V(-3).self().len(), Math.max(1, 2));

// A method called with no receiver: its `this` is the global object.
const grab = V.prototype.self;
const g = grab();
const realSqrt = Math.sqrt;
g.Math.sqrt = function (x) {
  return 'replaced ' + x;
};
console.log(new V(4).len(), Math.sqrt(9));
g.Math.sqrt = realSqrt;
console.log(Math.sqrt(16), typeof g.Math);
