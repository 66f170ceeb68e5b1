// Object.defineProperty at an array index defines that element: an accessor
// is the element (printed [Getter] in its place, its getter runs on reads,
// its setter on writes), a read-only element ignores sloppy writes and
// throws in strict code, a non-enumerable one is skipped by keys and for-in.
function attempt(name, f) {
  try {
    console.log(name, f());
  } catch (e) {
    console.log(name, e.constructor.name + ": " + e.message);
  }
}

var log = [];
var a = [1, 2, 3];
Object.defineProperty(a, 1, {
  get: function () { log.push("get"); return 42; },
  enumerable: true,
  configurable: true,
});
console.log(a, Object.keys(a), a.length);
console.log(a[1], a.indexOf(42), a.includes(42), a.join(), a.slice(1), a.map(function (x) { return x + 1; }));
a[1] = 7;
console.log(a[1], log.length);
var seen = [];
for (var k in a) seen.push(k);
console.log(seen);

Object.defineProperty(a, 2, {
  get: function () { return "g2"; },
  set: function (v) { log.push("set " + v); },
  enumerable: true,
  configurable: true,
});
a[2] = "x";
console.log(a, a[2], log[log.length - 1]);
Object.defineProperty(a, 4, { set: function (v) { log.push("set4 " + v); }, configurable: true });
a[4] = "y";
console.log(a, a.length, log[log.length - 1], Object.keys(a));

// Back to a data element.
Object.defineProperty(a, 1, { value: "plain", writable: true, enumerable: true, configurable: true });
console.log(a, a[1]);

// Read-only elements.
var r = [1, 2, 3];
Object.defineProperty(r, 0, { value: 10, writable: false });
r[0] = 99;
r[1] = 20;
console.log(r, r[0]);
attempt("fill", function () { return r.fill(0); });
attempt("reverse", function () { return r.reverse(); });
(function () {
  "use strict";
  attempt("strict r[0]", function () { r[0] = 5; return r; });
  attempt("strict getter only", function () { var g = [1]; Object.defineProperty(g, 0, { get: function () { return 1; } }); g[0] = 2; });
})();
console.log(r);

// Non-enumerable elements are still printed in place.
var h = [1, 2, 3];
Object.defineProperty(h, 0, { enumerable: false });
console.log(h, Object.keys(h), h.length, h.propertyIsEnumerable(0), h.propertyIsEnumerable(1));
var hk = [];
for (var k2 in h) hk.push(k2);
console.log(hk);

// A new index gets default false attributes and grows the length.
var n = [1, 2, 3];
Object.defineProperty(n, 6, { value: "six" });
n[6] = "changed";
console.log(n, n.length, Object.keys(n), delete n[6], n[6]);
Object.defineProperty(n, 8, { value: "eight", writable: true, enumerable: true, configurable: true });
console.log(n, n.length);

// Redefining a plain element keeps it one element.
var p = [1, 2, 3];
Object.defineProperty(p, 1, { value: 5 });
console.log(p, Object.keys(p), p.length);

// Getters see the array as `this` and run for every read.
var count = 0;
var c = [0, 0, 0];
Object.defineProperty(c, 1, { get: function () { count++; return this.length; }, enumerable: true, configurable: true });
var sum = 0;
for (var i = 0; i < c.length; i++) sum += c[i];
c.forEach(function (v) { sum += v; });
console.log(sum, count, c.reduce(function (x, y) { return x + y; }), c.toString());
