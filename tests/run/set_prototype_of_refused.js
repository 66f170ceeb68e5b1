// Object.setPrototypeOf and the __proto__ setter refuse what
// [[SetPrototypeOf]] refuses (§10.1.2.1, §10.4.7), with V8's TypeErrors.
function attempt(label, f) {
  try {
    f();
    console.log(label, "ok");
  } catch (e) {
    console.log(label, e.constructor.name + ": " + e.message);
  }
}
function P() {}
const fixed = Object.preventExtensions({});
attempt("non-extensible", () => Object.setPrototypeOf(fixed, {}));
attempt("non-extensible, same prototype", () => Object.setPrototypeOf(fixed, Object.prototype));
attempt("non-extensible instance", () => Object.setPrototypeOf(Object.preventExtensions(new P()), {}));
attempt("non-extensible array", () => Object.setPrototypeOf(Object.preventExtensions([]), {}));
attempt("non-extensible function", () => Object.setPrototypeOf(Object.preventExtensions(function foo() {}), {}));
attempt("frozen", () => Object.setPrototypeOf(Object.freeze({}), null));
attempt("__proto__ of non-extensible", () => {
  fixed.__proto__ = {};
});
attempt("__proto__ same", () => {
  fixed.__proto__ = Object.prototype;
});
console.log(Object.getPrototypeOf(fixed) === Object.prototype);

attempt("Object.prototype", () => Object.setPrototypeOf(Object.prototype, {}));
attempt("Object.prototype to null", () => Object.setPrototypeOf(Object.prototype, null));
attempt("Object.prototype.__proto__", () => {
  Object.prototype.__proto__ = Array.prototype;
});
console.log(Object.getPrototypeOf(Object.prototype));

const a = {};
const b = Object.create(a);
const c = Object.create(b);
attempt("cycle", () => Object.setPrototypeOf(a, c));
attempt("self", () => Object.setPrototypeOf(a, a));
attempt("cycle through __proto__", () => {
  a.__proto__ = b;
});
console.log(Object.getPrototypeOf(a) === Object.prototype);
attempt("no cycle", () => Object.setPrototypeOf(c, a));
console.log(Object.getPrototypeOf(c) === a);

attempt("undefined target", () => Object.setPrototypeOf(undefined, {}));
attempt("null target", () => Object.setPrototypeOf(null, null));
attempt("number prototype", () => Object.setPrototypeOf({}, 1));
attempt("undefined prototype", () => Object.setPrototypeOf({}));
// A primitive target is returned as it is.
console.log(Object.setPrototypeOf(1, {}), Object.setPrototypeOf("s", null));
