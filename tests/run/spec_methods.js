// Methods on constructor prototypes: calls on objects of a proven layout are
// direct calls with a typed `this`; everything that makes that unsound must
// still behave as in Node.

function Vec(x, y) {
  this.x = x;
  this.y = y;
}
Vec.prototype.add = function (o) {
  return new Vec(this.x + o.x, this.y + o.y);
};
Vec.prototype.dot = function (o) {
  return this.x * o.x + this.y * o.y;
};
Vec.prototype.scaleInPlace = function (k) {
  this.x *= k;
  this.y *= k;
  return this; // chaining
};
Vec.prototype.norm2 = function () {
  return this.dot(this);
};

// A constructor with no fields, only methods.
function Counter() {}
Counter.prototype.step = function (n) {
  return n + 1;
};

// An own field shadows a method of the same name.
function Shadow() {
  this.name = "own";
}
Shadow.prototype.name = function () {
  return "method";
};
Shadow.prototype.describe = function () {
  return typeof this.name;
};

// A method whose `this` may be undefined in strict code.
function Strict(v) {
  this.v = v;
}
Strict.prototype.get = function () {
  "use strict";
  return this === undefined ? "no receiver" : this.v;
};

// A sloppy method called without a receiver sees the global object.
function Sloppy() {
  this.tag = 1;
}
Sloppy.prototype.tagOf = function () {
  return typeof this.tag;
};

// A method defined twice: the second one wins.
function Twice() {
  this.n = 3;
}
Twice.prototype.f = function () {
  return "first " + this.n;
};
Twice.prototype.f = function () {
  return "second " + this.n;
};

// Conversion methods: operators call them through the runtime.
function Money(cents) {
  this.cents = cents;
}
Money.prototype.toString = function () {
  return "$" + (this.cents / 100).toFixed(2);
};
Money.prototype.valueOf = function () {
  return this.cents;
};

let sum = new Vec(0, 0);
for (let i = 0; i < 100; i++) {
  sum = sum.add(new Vec(i, i * 0.5));
}
console.log(sum.x, sum.y, sum.norm2());
console.log(new Vec(1, 2).scaleInPlace(3).scaleInPlace(0.5).dot(new Vec(2, 2)));

const c = new Counter();
let n = 0;
for (let i = 0; i < 10; i++) n = c.step(n);
console.log("counter", n);

const s = new Shadow();
console.log(s.describe(), s.name);

const st = new Strict(42);
const loose = st.get;
console.log(st.get(), loose());

const sl = new Sloppy();
const f = sl.tagOf;
console.log(sl.tagOf(), f());

console.log(new Twice().f());

const m = new Money(1234);
console.log(String(m), m + 1, `${m}`, m > 1000);

// A receiver that may be null: the call throws Node's TypeError.
let maybe = null;
for (let i = 0; i < 3; i++) {
  if (i === 1) maybe = new Vec(i, i);
  try {
    console.log("dot", maybe.dot(new Vec(1, 1)));
  } catch (e) {
    console.log(e instanceof TypeError, e.message);
  }
}

// A method that is not there.
try {
  new Vec(1, 1).cross(new Vec(2, 2));
} catch (e) {
  console.log(e.message);
}

// Objects that escape to unknown code keep working through generic calls.
const all = [new Vec(3, 4), new Vec(5, 12)];
all.forEach(function (v) {
  console.log("escaped", v.norm2());
});
