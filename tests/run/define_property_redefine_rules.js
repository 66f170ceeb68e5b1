// Object.defineProperty on an existing property follows
// ValidateAndApplyPropertyDescriptor (§10.1.6.3): a non-configurable
// property refuses every change but writable true -> false and, while
// writable, new values.
function attempt(label, f) {
  try {
    f();
    console.log(label, "ok");
  } catch (e) {
    console.log(label, e.constructor.name + ": " + e.message);
  }
}
const o = {};
Object.defineProperty(o, "x", { value: 1 });
attempt("new value", () => Object.defineProperty(o, "x", { value: 2 }));
attempt("same value", () => Object.defineProperty(o, "x", { value: 1 }));
attempt("same everything", () =>
  Object.defineProperty(o, "x", { value: 1, writable: false, enumerable: false, configurable: false }));
attempt("empty", () => Object.defineProperty(o, "x", {}));
attempt("enumerable", () => Object.defineProperty(o, "x", { enumerable: true }));
attempt("configurable", () => Object.defineProperty(o, "x", { configurable: true }));
attempt("writable", () => Object.defineProperty(o, "x", { writable: true }));
attempt("to accessor", () => Object.defineProperty(o, "x", { get: function () { return 1; } }));
console.log(o.x, Object.getOwnPropertyDescriptor(o, "x"));

// SameValue: NaN matches NaN, -0 does not match +0.
Object.defineProperty(o, "nan", { value: NaN });
attempt("NaN again", () => Object.defineProperty(o, "nan", { value: NaN }));
Object.defineProperty(o, "zero", { value: 0 });
attempt("-0", () => Object.defineProperty(o, "zero", { value: -0 }));

// Writable but not configurable: values may change, writable may turn off once.
Object.defineProperty(o, "w", { value: 1, writable: true });
attempt("value of writable", () => Object.defineProperty(o, "w", { value: 5 }));
attempt("writable off", () => Object.defineProperty(o, "w", { writable: false }));
attempt("value after", () => Object.defineProperty(o, "w", { value: 6 }));
attempt("writable on", () => Object.defineProperty(o, "w", { writable: true }));
console.log(Object.getOwnPropertyDescriptor(o, "w"));

// Non-configurable accessors: the same functions only.
const getter = function () { return "got"; };
Object.defineProperty(o, "acc", { get: getter });
attempt("same getter", () => Object.defineProperty(o, "acc", { get: getter }));
attempt("setter undefined", () => Object.defineProperty(o, "acc", { set: undefined }));
attempt("other getter", () => Object.defineProperty(o, "acc", { get: function () {} }));
attempt("add setter", () => Object.defineProperty(o, "acc", { set: function (v) {} }));
attempt("to data", () => Object.defineProperty(o, "acc", { value: 1 }));
attempt("writable on accessor", () => Object.defineProperty(o, "acc", { writable: false }));
console.log(o.acc);

// Configurable properties change freely and keep their place in the key order.
const c = { a: 1, b: 2, c: 3 };
Object.defineProperty(c, "a", { get: function () { return "A"; } });
console.log(Object.keys(c), c.a, Object.getOwnPropertyDescriptor(c, "a").set);
Object.defineProperty(c, "a", { value: "data again" });
console.log(Object.keys(c), Object.getOwnPropertyDescriptor(c, "a"));
Object.defineProperty(c, "b", { enumerable: false });
console.log(Object.keys(c), c.b);
Object.defineProperty(c, "c", { set: function (v) { this.seen = v; } });
c.c = 9;
console.log(c.seen, c.c, Object.getOwnPropertyDescriptor(c, "c").enumerable);

// A generic descriptor on an accessor keeps the functions.
const g = {};
Object.defineProperty(g, "p", { get: getter, configurable: true });
Object.defineProperty(g, "p", { enumerable: true });
console.log(g.p, Object.getOwnPropertyDescriptor(g, "p").get === getter, Object.keys(g));

// A frozen object's properties are non-configurable and read-only.
const frozen = Object.freeze({ k: 1 });
attempt("frozen value", () => Object.defineProperty(frozen, "k", { value: 2 }));
attempt("frozen same", () => Object.defineProperty(frozen, "k", { value: 1 }));

// A function's `prototype` is not configurable; its `name` is.
function F() {}
attempt("prototype to accessor", () => Object.defineProperty(F, "prototype", { get: function () {} }));
attempt("name", () => Object.defineProperty(F, "name", { value: "G" }));
console.log(F.name);

