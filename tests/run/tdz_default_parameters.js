// Parameters are initialized in order: a default value that reads its own or
// a later parameter throws the ReferenceError; earlier ones are fine.
function attempt(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e.name + ": " + e.message);
  }
}
attempt("a = b, b = 1", () => (function (a = b, b = 1) { return a; })());
attempt("a = a", () => (function (a = a) { return a; })());
attempt("a = a, argument passed", () => (function (a = a) { return a; })(4));
attempt("arrow a = b", () => ((a = b, b = 2) => a + b)(1));
attempt("earlier param", () => (function (a = 1, b = a + 1) { return b; })());
attempt("closure called later", () => (function (a, b = () => a + c, c = 3) { return b(); })(1));
attempt("closure called too early", () => (function (a = () => b, c = a(), b = 1) { return c; })());
attempt("assigned too early", () => (function (a = (b = 1), b) { return b; })());
attempt("typeof too early", () => (function (a = typeof b, b) { return a; })());
function withBody(x, y = x * 2) {
  let z = x + y;
  return () => z + x + y;
}
console.log(withBody(1)(), withBody(1, 1)());
