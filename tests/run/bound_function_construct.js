// `new` of a bound function constructs its target (§10.4.1.2): the bound
// arguments come first, the bound `this` is not used, and the object's
// prototype is the target's.
function C(a, b) {
  this.a = a;
  this.b = b;
}
C.prototype.sum = function () {
  return this.a + this.b;
};
const B = C.bind({ ignored: true }, "x");
const o = new B("y");
console.log(o, o instanceof C, o instanceof B, o.sum());
console.log(Object.getPrototypeOf(o) === C.prototype, o.constructor === C);

// A bound function has no `prototype` of its own; instanceof uses the target's.
console.log("prototype" in B, B.prototype, Object.getOwnPropertyNames(B));
console.log(new C(1, 2) instanceof B);

// Bound of bound: the arguments accumulate, the innermost target constructs.
const BB = B.bind(null, "z");
const o2 = new BB();
console.log(o2, o2 instanceof C, o2 instanceof BB, BB.name, BB.length);
const B3 = C.bind(null).bind(null).bind(null, 1);
console.log(new B3(2), new B3(2).sum());

// A constructor that returns an object: that object is the result.
function Make(v) {
  this.ignored = true;
  return { made: v };
}
console.log(new (Make.bind(null, 7))());
// A constructor returning a primitive: the new object is the result.
function Prim(v) {
  this.v = v;
  return 42;
}
console.log(new (Prim.bind(null, 3))());

// Built-in constructors bound.
const Arr3 = Array.bind(null, 3);
console.log(new Arr3().length, new (Array.bind(null, 1, 2))());
const E = Error.bind(null, "bound message");
const e = new E();
console.log(e instanceof Error, e.message);
console.log(new (Object.bind(null))(), new (String.bind(null, "s"))() instanceof String);

// Calling a bound function still uses the bound `this`.
function who() {
  return this.name;
}
console.log(who.bind({ name: "bound" })());

// Binding something that is not a constructor, then `new`: TypeError.
const arrow = () => 1;
const obj = { method() {} };
const boundArrow = arrow.bind(null);
const boundMethod = obj.method.bind(obj);
const cases = [["arrow", boundArrow], ["method", boundMethod], ["native", Math.max.bind(null)]];
for (let i = 0; i < cases.length; i++) {
  const f = cases[i][1];
  try {
    new f();
    console.log(cases[i][0], "constructed");
  } catch (err) {
    console.log(cases[i][0], err instanceof TypeError, err.message);
  }
}
try {
  new (arrow.bind(null))();
} catch (err) {
  console.log(err.message);
}
try {
  new boundMethod();
} catch (err) {
  console.log(err.message);
}
