// Arrays whose elements went to the dictionary (a write far past the end, or
// a stride that leaves them mostly holes) behave exactly like dense ones:
// length, printing, keys and for-in order, iteration methods, sort, join,
// splice, reverse, delete and length writes.
function make() {
  var a = [];
  for (var i = 0; i < 10; i++) a[i * 3000] = "v" + i;
  return a;
}
var a = make();
console.log(a.length, a);
console.log(Object.keys(a).join(), a.join("").length, a.join("|").length);
var order = [];
a.name = "named";
a[-1] = "negative";
a[1.5] = "fraction";
for (var k in a) order.push(k);
console.log(order.join(" "));
console.log(a.indexOf("v3"), a.lastIndexOf("v3"), a.includes(undefined), a.indexOf(undefined), a.includes("v9"));
console.log(a.find(function (v) { return v === undefined; }), a.findIndex(function (v) { return v === "v2"; }), a.findLast(function (v) { return v !== undefined; }), a.findLastIndex(function (v) { return v === undefined; }));
var visited = [];
a.forEach(function (v, i) { visited.push(i); });
console.log(visited.join(), a.some(function (v) { return v === "v5"; }), a.every(function (v) { return v[0] === "v"; }));
console.log(a.filter(function () { return true; }), a.map(function (v) { return v.toUpperCase(); }).length);
console.log(a.reduce(function (x, y) { return x + y; }), a.reduceRight(function (x, y) { return x + y; }, ""));
console.log(a.slice(2990, 3010), a.slice(-3001));
console.log(a.concat(["end"]).length, a.concat(["end"])[27001], a.at(-1), a.at(3000));

var b = make();
b.reverse();
console.log(b.length, b[0], b[27000], b.indexOf("v0"), Object.keys(b).slice(0, 3).join());
var c = make();
c.sort();
console.log(c.length, c.slice(0, 11), Object.keys(c).length);
var c2 = make();
c2.sort(function (x, y) { return x < y ? 1 : x > y ? -1 : 0; });
console.log(c2.slice(0, 10).join(), c2.length);

var d = make();
console.log(d.splice(2999, 3), d.length, d[2999], d[3000]);
d.splice(0, 0, "first", "second");
console.log(d.length, d[0], d[1], d[2], d[3001], d.indexOf("v2"));
console.log(d.shift(), d.length, d.indexOf("v2"), d.pop(), d.length);
d.unshift("u");
console.log(d.length, d[0], d[1], d.indexOf("v9"));
d.push("pushed");
console.log(d.length, d[d.length - 1], d.lastIndexOf("pushed"));

var e = make();
delete e[3000];
console.log(3000 in e, e.length, Object.keys(e).length);
e.length = 10000;
console.log(e.length, Object.keys(e).join(), e);
e.length = 0;
console.log(e, e.length, Object.keys(e));
e[5] = "again";
console.log(e, e.length);

// A far write on a dense array keeps what was there.
var f = [1, 2, 3];
f[1e6] = 4;
f[1] = "two";
console.log(f.length, f, f.toString().length);
f.fill(0, 0, 5);
console.log(f.slice(0, 6), f.length);
var g = [];
g[4294967294] = "last";
console.log(g.length, g[4294967294], Object.keys(g));
g[4294967295] = "not an index";
console.log(g.length, Object.keys(g));
try {
  g.push(1, 2);
} catch (err) {
  console.log(err.constructor.name + ": " + err.message);
}
console.log(g.length, g[4294967295]);

// Holes read through the prototype chain.
var h = [];
h[50000] = "x";
Object.prototype[7] = "from Object.prototype";
console.log(h[7], 7 in h, h.indexOf("from Object.prototype"), h.hasOwnProperty(7));
delete Object.prototype[7];
console.log(h[7], 7 in h);
console.log(Array.isArray(h), typeof h, String(h).length, h.toString().length);
