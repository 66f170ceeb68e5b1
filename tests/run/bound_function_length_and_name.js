// A bound function's length and name come from the target's own properties
// (Get, so redefinitions and getters count), clamped at 0.
function f(a, b, c) {}
console.log(f.bind().length, f.bind(null, 1).length, f.bind(null, 1, 2, 3, 4).length);
Object.defineProperty(f, "length", { value: 2147483648 });
console.log(f.bind().length);
Object.defineProperty(f, "length", { value: Infinity });
console.log(f.bind().length, f.bind(0, 0).length);
Object.defineProperty(f, "length", { value: -Infinity });
console.log(f.bind().length);
Object.defineProperty(f, "length", { value: 3.66 });
console.log(f.bind().length);
Object.defineProperty(f, "length", { value: NaN });
console.log(f.bind().length);
Object.defineProperty(f, "length", { value: "7" });
console.log(f.bind().length);
Object.defineProperty(f, "length", { get: function () { return 5; } });
console.log(f.bind(null, 1).length);
delete f.length;
console.log(f.hasOwnProperty("length"), f.bind().length);

Object.defineProperty(f, "name", { value: "renamed" });
console.log(f.bind().name, f.bind().bind().name);
Object.defineProperty(f, "name", { value: 42 });
console.log(JSON_free(f.bind().name));
function JSON_free(s) { return "[" + s + "]"; }
var g = Object.defineProperty(function () {}, "name", {
  get: function () { throw new RangeError("name getter"); },
});
try {
  g.bind();
  console.log("no throw");
} catch (e) {
  console.log(e.constructor.name, e.message);
}
var d = Object.getOwnPropertyDescriptor(f.bind(), "length");
console.log(d.value, d.writable, d.enumerable, d.configurable);
