// Sloppy-mode methods that use `this` as a value, only ever called on
// objects: Math calls are compiled inline.
function V(x) {
  this.x = x;
}
V.prototype.self = function () {
  return this;
};
V.prototype.len = function () {
  return Math.sqrt(this.x * this.x);
};
console.log(new V(-3).self().len(), Math.max(1, 2), Math.floor(new V(2.5).len()));
