// Object.seal / isSealed / isFrozen test the properties (TestIntegrityLevel),
// and Object.hasOwn.
var o = Object.defineProperty({ a: 1 }, "b", { get: function () { return 2; }, enumerable: true, configurable: true });
console.log(Object.isSealed(o), Object.isFrozen(o));
console.log(Object.seal(o) === o, Object.isSealed(o), Object.isFrozen(o), Object.isExtensible(o));
o.a = 10;
delete o.a;
o.c = 3;
console.log(o.a, o.c, Object.getOwnPropertyDescriptor(o, "a"));
var e = Object.preventExtensions({});
console.log(Object.isSealed(e), Object.isFrozen(e));
var p = Object.preventExtensions({ x: 1 });
console.log(Object.isSealed(p), Object.isFrozen(p));
Object.defineProperty(p, "x", { configurable: false });
console.log(Object.isSealed(p), Object.isFrozen(p));
Object.defineProperty(p, "x", { writable: false });
console.log(Object.isSealed(p), Object.isFrozen(p));
var acc = Object.preventExtensions(Object.defineProperty({}, "g", { get: function () {} }));
console.log(Object.isSealed(acc), Object.isFrozen(acc));
var arr = Object.seal([1, 2, 3]);
arr[0] = 9;
arr[5] = 1;
console.log(arr, arr.length, Object.isSealed(arr), Object.isFrozen(arr));
console.log(Object.getOwnPropertyDescriptor(arr, "1"));
function f() {}
Object.seal(f);
console.log(Object.isSealed(f), Object.getOwnPropertyDescriptor(f, "length").configurable);
console.log(Object.seal(5), Object.isSealed(5), Object.isFrozen("s"), Object.isSealed(Object.freeze({ q: 1 })));
console.log(Object.hasOwn({ k: 1 }, "k"), Object.hasOwn({ k: 1 }, "toString"), Object.hasOwn("abc", 1), Object.hasOwn([5], "length"));
try { Object.hasOwn(null, "x"); } catch (err) { console.log(err.constructor.name, err.message); }
console.log(Object.seal.length, Object.isSealed.name, Object.hasOwn.length);
