// Object.prototype.__defineGetter__, __defineSetter__, __lookupGetter__ and
// __lookupSetter__ (§B.2.2.2-5).
function attempt(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e.constructor.name + ": " + e.message);
  }
}
const o = {};
o.__defineGetter__("x", function () {
  return 7;
});
o.__defineSetter__("y", function (v) {
  this.stored = v;
});
o.y = 3;
console.log(o.x, o.stored, Object.getOwnPropertyDescriptor(o, "x"), Object.getOwnPropertyDescriptor(o, "y"));
// Both halves on one name merge into one accessor.
o.__defineSetter__("x", function (v) {
  this.xs = v;
});
o.x = 9;
console.log(o.x, o.xs, typeof o.__lookupGetter__("x"), typeof o.__lookupSetter__("x"));

const getter = function () {};
const base = {};
base.__defineGetter__("inherited", getter);
const child = Object.create(base);
console.log(child.__lookupGetter__("inherited") === getter, child.__lookupSetter__("inherited"));
// A data property found first hides an accessor further up.
child.inherited2 = 1;
console.log(({ x: 1 }).__lookupGetter__("x"), child.__lookupGetter__("inherited2"), child.__lookupGetter__("none"));
console.log(({}).__lookupGetter__("__proto__") === Object.getOwnPropertyDescriptor(Object.prototype, "__proto__").get);

attempt("not a function", () => o.__defineGetter__("z", 1));
attempt("setter not a function", () => o.__defineSetter__("z", {}));
attempt("frozen", () => Object.freeze({}).__defineGetter__("z", getter));
const fixed = {};
Object.defineProperty(fixed, "k", { value: 1 });
attempt("non-configurable", () => fixed.__defineGetter__("k", getter));
attempt("lookup on null", () => Object.prototype.__lookupGetter__.call(null, "x"));
attempt("define on undefined", () => Object.prototype.__defineGetter__.call(undefined, "x", getter));
attempt("define on a number", () => Object.prototype.__defineGetter__.call(1, "x", getter));
console.log(Object.prototype.__defineGetter__.length, Object.prototype.__lookupSetter__.length);
console.log(Object.getOwnPropertyNames(Object.prototype));
