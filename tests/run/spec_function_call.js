// f.call(receiver, ..args) of known functions, with receivers of every kind.
function Square(side) {
  this.side = side;
}
Square.prototype.area = function () {
  return this.side * this.side;
};
function who() {
  return this === undefined ? "undefined" : this === globalThis ? "global" : typeof this;
}
function strictWho() {
  "use strict";
  return this === undefined ? "undefined" : this === null ? "null" : typeof this;
}
console.log(who.call(), who.call(null), who.call(5), who.call("s"), who.call(new Square(1)));
console.log(strictWho.call(), strictWho.call(null), strictWho.call(5), strictWho.call(new Square(1)));
console.log(Square.prototype.area.call({ side: 7 }), Square.prototype.area.call(new Square(2)));
function add3(a, b, c) {
  return a + b + c + (this && this.bias ? this.bias : 0);
}
console.log(add3.call({ bias: 100 }, 1, 2, 3), add3.call(undefined, 1, 2), add3.call(null, 1, 2, 3, 4));

