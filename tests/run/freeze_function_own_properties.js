// Object.freeze of a function freezes its `length`, `name` and `prototype`
// too, even when nothing has looked at them yet.
function f(a, b) {}
Object.freeze(f);
console.log(Object.getOwnPropertyDescriptor(f, "prototype").writable, Object.getOwnPropertyDescriptor(f, "length"));
console.log(Object.getOwnPropertyDescriptor(f, "name").configurable, Object.isFrozen(f));
f.prototype = 1;
f.name = "g";
console.log(typeof f.prototype, f.name, f.length);
try {
  Object.defineProperty(f, "name", { value: "h" });
} catch (e) {
  console.log(e.constructor.name + ": " + e.message);
}
const arrow = () => 1;
Object.freeze(arrow);
console.log(Object.getOwnPropertyDescriptor(arrow, "length"), "prototype" in arrow);
