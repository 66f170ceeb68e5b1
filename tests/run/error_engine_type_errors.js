function msg(f) {
  try { f(); return "no error"; } catch (e) { return e.name + ": " + e.message; }
}
console.log(msg(function () { var o = {}; o.foo(); }));
console.log(msg(function () { var f; f(); }));
console.log(msg(function () { var u; return u.x; }));
console.log(msg(function () { var n = null; return n.x; }));
console.log(msg(function () { var u; u.x = 1; }));
console.log(msg(function () { var n = null; n.y = 2; }));
console.log(msg(function () { return zz; }));
console.log(msg(function () { var o = { a: 1 }; o.a(); }));
console.log(msg(function () { var o = { inner: {} }; o.inner.method(); }));
console.log(msg(function () { var o = {}; return o.missing.deeper; }));
console.log(msg(function () { undefinedFunction(); }));
console.log(msg(function () { var x = 5; x(); }));
console.log(msg(function () { var u; return u[0]; }));
