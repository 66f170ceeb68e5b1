// An array whose `length` was made read-only with Object.defineProperty
// keeps its length: push, unshift, index writes past the end and length
// writes are refused (Node's TypeErrors in strict code and in the built-in
// methods), elements below the length still change.
function attempt(name, f) {
  try {
    console.log(name, f());
  } catch (e) {
    console.log(name, e.constructor.name + ": " + e.message);
  }
}
function fixed() {
  var a = [1, 2, 3];
  Object.defineProperty(a, "length", { writable: false });
  return a;
}

var a = fixed();
a[3] = 4;
a[10] = 5;
a.length = 10;
a.length = 0;
a[1] = 20;
console.log("sloppy", a, a.length, Object.keys(a));
for (var i = 0; i < 6; i++) a[i] = i * 100;
console.log("loop", a, a.length);

attempt("push", function () { var b = fixed(); return [b.push(4), b]; });
attempt("push nothing", function () { var b = fixed(); return [b.push(), b]; });
attempt("pop", function () { var b = fixed(); try { b.pop(); } catch (e) { return [e.message, b, b.length]; } });
attempt("shift", function () { var b = fixed(); try { b.shift(); } catch (e) { return [e.message, b, b.length]; } });
attempt("unshift", function () { return fixed().unshift(0); });
attempt("splice", function () { var b = fixed(); try { b.splice(0, 1); } catch (e) { return [e.message, b]; } });
attempt("splice replace", function () { var b = fixed(); return [b.splice(0, 1, 9), b]; });
attempt("reverse", function () { return fixed().reverse(); });
attempt("sort", function () { return fixed().sort(function (x, y) { return y - x; }); });
attempt("fill", function () { return fixed().fill(7); });
attempt("concat", function () { return fixed().concat([4]); });
attempt("define past", function () { return Object.defineProperty(fixed(), 5, { value: 1 }); });
attempt("define inside", function () { return Object.defineProperty(fixed(), 1, { value: 9 }); });
attempt("define length same", function () { return Object.defineProperty(fixed(), "length", { value: 3 }); });
attempt("define length other", function () { return Object.defineProperty(fixed(), "length", { value: 2 }); });
attempt("define length writable", function () { return Object.defineProperty(fixed(), "length", { writable: true }); });
attempt("define bad length", function () { return Object.defineProperty([], "length", { value: -1 }); });

(function () {
  "use strict";
  var s = fixed();
  attempt("strict a[3]", function () { s[3] = 4; return s; });
  attempt("strict a[2]", function () { s[2] = 30; return s; });
  attempt("strict length", function () { s.length = 1; return s; });
  attempt("strict delete", function () { return [delete s[2], s, s.length]; });
})();

// Defining the length shorter and read-only at once.
var c = [1, 2, 3, 4, 5];
Object.defineProperty(c, "length", { value: 2, writable: false });
c.push;
c[4] = 1;
console.log(c, c.length, Object.isFrozen(c), Object.isExtensible(c));
