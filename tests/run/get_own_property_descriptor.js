// Object.getOwnPropertyDescriptor(s) (§20.1.2.8-9) describe own properties,
// the lazily made ones of functions and the computed ones of wrappers too.
console.log(Object.getOwnPropertyDescriptor({ a: 1 }, "a"));
console.log(Object.getOwnPropertyDescriptor({ a: 1 }, "b"), Object.getOwnPropertyDescriptor({}, "toString"));
function f(a, b) {}
console.log(Object.getOwnPropertyDescriptor(f, "length"), Object.getOwnPropertyDescriptor(f, "name"));
console.log(Object.getOwnPropertyDescriptor(f, "prototype").writable, Object.getOwnPropertyDescriptor(f, "prototype").enumerable);
console.log(Object.getOwnPropertyDescriptor("abc", 1), Object.getOwnPropertyDescriptor("abc", "length"));
console.log(Object.getOwnPropertyDescriptor(1, "x"), Object.getOwnPropertyDescriptor(Math, "PI"));
console.log(Object.getOwnPropertyDescriptor({ 7: "seven" }, 7));
try {
  Object.getOwnPropertyDescriptor(null, "x");
} catch (e) {
  console.log(e.constructor.name + ": " + e.message);
}
const mixed = { plain: 1 };
Object.defineProperty(mixed, "hidden", { value: 2 });
Object.defineProperty(mixed, "acc", { get: function () { return 3; }, configurable: true });
console.log(Object.getOwnPropertyDescriptors(mixed));
console.log(Object.getOwnPropertyDescriptors(function g(x) {
  "use strict";
}));
// A descriptor is a fresh object each time.
const d1 = Object.getOwnPropertyDescriptor(mixed, "plain");
d1.value = 100;
console.log(mixed.plain, Object.getOwnPropertyDescriptor(mixed, "plain") === d1);
// Round trip through defineProperty.
const copy = Object.defineProperties({}, Object.getOwnPropertyDescriptors(mixed));
console.log(copy, Object.getOwnPropertyDescriptor(copy, "hidden"), copy.acc);
