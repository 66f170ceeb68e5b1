// `__proto__: v` in an object literal sets the new object's prototype
// (§13.2.5.5); computed, shorthand and method forms define an own property.
const p = { greet: function () { return "hi"; } };
const lit = { a: 1, __proto__: p, b: 2 };
console.log(lit, lit.greet(), Object.keys(lit), Object.getPrototypeOf(lit) === p);
const quoted = { "__proto__": p };
console.log(Object.getPrototypeOf(quoted) === p, Object.keys(quoted));
const nothing = { __proto__: null, x: 1 };
console.log(nothing, Object.getPrototypeOf(nothing), "toString" in nothing);
const ignored = { __proto__: 7, y: 1 };
console.log(Object.getPrototypeOf(ignored) === Object.prototype, Object.keys(ignored));

const computed = { ["__proto__"]: p };
console.log(Object.getPrototypeOf(computed) === Object.prototype, Object.keys(computed), computed.__proto__ === p);
const __proto__ = p;
const shorthand = { __proto__ };
console.log(Object.getPrototypeOf(shorthand) === Object.prototype, Object.keys(shorthand));
const method = { __proto__() { return 1; } };
console.log(Object.getPrototypeOf(method) === Object.prototype, Object.keys(method), typeof method.__proto__);

// Values are evaluated in source order, the prototype's among them.
const order = [];
function note(name, v) {
  order.push(name);
  return v;
}
const ordered = { first: note("first", 1), __proto__: note("proto", p), last: note("last", 3) };
console.log(order.join(" "), ordered.greet());

// The prototype may be an instance, so methods and instanceof follow it.
function Point(x) {
  this.x = x;
}
Point.prototype.double = function () {
  return this.x * 2;
};
const like = { __proto__: new Point(21) };
console.log(like.double(), like instanceof Point, like.x, Object.keys(like));
// In a function called with different literals.
function make(proto, v) {
  return { v: v, __proto__: proto };
}
const made = [make(p, 1), make(null, 2), make(Point.prototype, 3)];
console.log(typeof made[0].greet, Object.getPrototypeOf(made[1]), made[2] instanceof Point, made[2]);
