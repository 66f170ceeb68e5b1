// ToPropertyDescriptor (§6.2.6.5) and defineProperty's own checks throw
// Node's TypeErrors.
function attempt(label, f) {
  try {
    f();
    console.log(label, "ok");
  } catch (e) {
    console.log(label, e.constructor.name + ": " + e.message);
  }
}
function P() {}
const noop = function () {};
attempt("get and value", () => Object.defineProperty({}, "z", { get: noop, value: 1 }));
attempt("set and writable", () => Object.defineProperty({}, "z", { set: undefined, writable: true }));
attempt("undefined get and value", () => Object.defineProperty({}, "z", { value: 1, get: undefined }));
attempt("described by constructor", () =>
  Object.defineProperty({}, "z", Object.assign(new P(), { get: noop, value: 1 })));
attempt("getter 1", () => Object.defineProperty({}, "z", { get: 1 }));
attempt("getter null", () => Object.defineProperty({}, "z", { get: null }));
attempt("getter object", () => Object.defineProperty({}, "z", { get: {} }));
attempt("getter array", () => Object.defineProperty({}, "z", { get: [1, 2] }));
attempt("getter string", () => Object.defineProperty({}, "z", { get: "abc" }));
attempt("getter instance", () => Object.defineProperty({}, "z", { get: new P() }));
attempt("setter 1", () => Object.defineProperty({}, "z", { set: 1 }));
attempt("getter checked before value", () => Object.defineProperty({}, "z", { get: 1, value: 1 }));
attempt("descriptor string", () => Object.defineProperty({}, "z", "str"));
attempt("descriptor undefined", () => Object.defineProperty({}, "z"));
attempt("descriptor null", () => Object.defineProperty({}, "z", null));
attempt("target number", () => Object.defineProperty(1, "z", {}));
attempt("target undefined", () => Object.defineProperty(undefined, "z", {}));
attempt("target string", () => Object.defineProperty("s", "z", {}));

// Descriptor fields are read with [[Get]], inherited ones included.
const inherited = Object.create({ value: 3, enumerable: true });
const o = Object.defineProperty({}, "z", inherited);
console.log(o, Object.getOwnPropertyDescriptor(o, "z"));
// Field values are converted with ToBoolean.
const t = Object.defineProperty({}, "t", { value: 1, writable: "yes", enumerable: 0, configurable: [] });
console.log(Object.getOwnPropertyDescriptor(t, "t"));
// An array works as a descriptor too.
console.log(Object.getOwnPropertyDescriptor(Object.defineProperty({}, "a", [1]), "a"));
