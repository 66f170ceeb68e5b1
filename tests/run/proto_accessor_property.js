// Object.prototype.__proto__ is an accessor property (§20.1.3.8): reading
// gives the prototype, writing an object or null sets it, and other values
// are ignored. Objects without Object.prototype on their chain lack it.
const p = { greet: function () { return "hi from p"; } };
console.log(({}).__proto__ === Object.prototype, [].__proto__ === Array.prototype);
console.log((5).__proto__ === Number.prototype, "s".__proto__ === String.prototype);
console.log(function () {}.__proto__ === Function.prototype);

const o = { own: 1 };
o.__proto__ = p;
console.log(o.greet(), Object.keys(o), Object.getPrototypeOf(o) === p, o.hasOwnProperty("__proto__"));
o["__proto__"] = 5;
o.__proto__ = "ignored";
o.__proto__ = undefined;
console.log(Object.getPrototypeOf(o) === p);
o.__proto__ = null;
console.log(Object.getPrototypeOf(o), o.__proto__, Object.keys(o));

// The accessor's descriptor and functions.
const d = Object.getOwnPropertyDescriptor(Object.prototype, "__proto__");
console.log(typeof d.get, typeof d.set, d.enumerable, d.configurable, "value" in d);
console.log(d.get.name, d.set.name, d.get.length, d.set.length);
console.log(d.get.call([]) === Array.prototype, d.get.call(1) === Number.prototype);
console.log(d.set.call(1, {}), d.set.call({}, 1));
try {
  d.get.call(undefined);
} catch (e) {
  console.log(e.constructor.name + ": " + e.message);
}
try {
  d.set.call(null, {});
} catch (e) {
  console.log(e.constructor.name + ": " + e.message);
}
console.log("__proto__" in {}, Object.keys(Object.prototype), ({}).propertyIsEnumerable("__proto__"));

// A null-prototype object has no __proto__: writing one makes an own property.
const bare = Object.create(null);
console.log(bare.__proto__, "__proto__" in bare);
bare.__proto__ = p;
console.log(Object.getPrototypeOf(bare), Object.keys(bare), bare.__proto__ === p);

// An own __proto__ shadows the accessor.
const shadow = {};
Object.defineProperty(shadow, "__proto__", { value: 42, writable: true, enumerable: true, configurable: true });
console.log(shadow.__proto__, Object.getPrototypeOf(shadow) === Object.prototype, shadow);
shadow.__proto__ = p;
console.log(shadow.__proto__ === p, Object.getPrototypeOf(shadow) === Object.prototype);

// Inherited through a chain: setting goes to the receiver.
function Animal() {}
Animal.prototype.kind = "animal";
const pet = new Animal();
const other = { kind: "other" };
pet.__proto__ = other;
console.log(pet.kind, pet instanceof Animal, Animal.prototype.__proto__ === Object.prototype);

// Computed keys spelling __proto__ reach the same accessor.
const key = ["__pro", "to__"].join("");
const q = {};
q[key] = p;
console.log(q.greet(), q[key] === p);

// The global object inherits it too: a bare __proto__ reads its prototype.
console.log(typeof __proto__, __proto__ === Object.getPrototypeOf(globalThis));
