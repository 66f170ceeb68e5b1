// A write to an index an array does not have walks the prototype chain:
// setters (and read-only properties) on Array.prototype or Object.prototype
// run for assignments into holes or past the end and for push, unshift and
// the other built-ins; getters there show through holes. The log is a
// string: console.log itself pushes onto arrays.
var log = "";
function show(label, a) {
  var parts = [];
  for (var i = 0; i < a.length; i++) parts.push(i in a ? String(a[i]) : "-");
  log += label + " [" + parts.join(",") + "] len " + a.length + " own " + Object.keys(a).join("/") + "\n";
}

Object.defineProperty(Array.prototype, "0", {
  get: function () { return "proto0"; },
  set: function (v) { log += "set0 " + v + "\n"; },
  configurable: true,
});
var a = [];
a[0] = 1;
a.push(2);
show("a", a);
var b = [, 5];
b[0] = 3;
show("b", b);
var c = new Array(3);
c[0] = 9;
c.unshift(7);
show("c", c);
var d = [1, 2];
d[0] = 10;
show("d", d);
var e = [];
e.splice(0, 0, "s");
show("e", e);
var f = [];
f.length = 2;
f.fill("x");
show("f", f);
var g = [];
for (var i = 0; i < 3; i++) g[i] = i;
show("g", g);
delete Array.prototype[0];
var h = [];
h[0] = 1;
h.push(2);
show("h", h);

Object.defineProperty(Object.prototype, "1", {
  set: function (v) { log += "oset1 " + v + "\n"; },
  configurable: true,
});
var k = [0];
k[1] = 1;
k.push(7);
show("k", k);
var m = [0, 1, 2];
m[1] = "kept";
show("m", m);
delete Object.prototype[1];

Object.defineProperty(Array.prototype, "2", { value: "ro", writable: false, configurable: true });
var r = [1, 2];
r[2] = 3;
show("r", r);
try {
  r.push(4);
} catch (err) {
  log += err.constructor.name + ": " + err.message + "\n";
}
show("r", r);
(function () {
  "use strict";
  try {
    var s = [1, 2];
    s[2] = 3;
  } catch (err) {
    log += "strict " + err.constructor.name + ": " + err.message + "\n";
  }
})();
delete Array.prototype[2];

// A prototype array of the program's own.
var base = [];
var child = Object.create(base);
var viaProto = [];
Object.setPrototypeOf(viaProto, base);
base.push("b0");
base[1] = "b1";
show("viaProto", viaProto);
viaProto[0] = "own";
show("viaProto", viaProto);
log += child[0] + " " + child[1] + " " + child.length + "\n";
console.log(log);
