// Object.defineProperties and Object.create(proto, props) define through
// the same validation as defineProperty; every descriptor is read and
// checked before the first property is defined.
function attempt(label, f) {
  try {
    const r = f();
    console.log(label, "ok", r);
  } catch (e) {
    console.log(label, e.constructor.name + ": " + e.message);
  }
}
const target = {};
attempt("defineProperties", () =>
  Object.defineProperties(target, {
    a: { value: 1, enumerable: true },
    b: { get: function () { return this.a + 1; }, enumerable: true },
    c: { value: 3 },
  }));
console.log(Object.getOwnPropertyDescriptors(target));
attempt("bad descriptor second", () => Object.defineProperties(target, { d: { value: 4 }, e: { get: 2 } }));
console.log("d" in target, Object.keys(target));
attempt("redefine", () => Object.defineProperties(target, { c: { value: 30 } }));
attempt("non-object target", () => Object.defineProperties(1, {}));
attempt("null props", () => Object.defineProperties({}, null));
attempt("number props", () => Object.defineProperties({}, 1));
attempt("non-object descriptor", () => Object.defineProperties({}, { a: 1 }));
// Non-enumerable entries of the props object are skipped.
const props = Object.defineProperty({ shown: { value: 1, enumerable: true } }, "hidden", { value: { value: 2 } });
console.log(Object.defineProperties({}, props));

attempt("create", () => Object.create({ inherited: 1 }, { own: { value: 2, enumerable: true } }));
attempt("create bad", () => Object.create(null, { a: { get: 1 } }));
attempt("create null props", () => Object.create({}, null));
attempt("create non-object proto", () => Object.create(1));
const made = Object.create(null, { x: { value: 1, writable: false, enumerable: true } });
attempt("create then redefine", () => Object.defineProperty(made, "x", { value: 2 }));

// A new property on an object that may not grow.
const fixed = Object.preventExtensions({ old: 1 });
attempt("new on non-extensible", () => Object.defineProperty(fixed, "z", { value: 1 }));
attempt("index on non-extensible", () => Object.defineProperty(fixed, 5, { value: 1 }));
attempt("existing on non-extensible", () => Object.defineProperty(fixed, "old", { value: 2 }));
console.log(fixed);
attempt("defineProperties on non-extensible", () => Object.defineProperties(fixed, { y: { value: 1 } }));
const frozen = Object.freeze({});
attempt("frozen", () => Object.defineProperty(frozen, "z", { get: function () {} }));
