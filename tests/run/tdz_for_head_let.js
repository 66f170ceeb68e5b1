// The bindings of a `for (let ...)` or `for (let .. in ..)` head are in their
// dead zone while the head's own initializer or object is evaluated.
function attempt(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e.name + ": " + e.message);
  }
}
attempt("for (let i = i)", () => {
  for (let i = i; i < 2; i++) {}
  return "no error";
});
attempt("for (let i = 0, j = i)", () => {
  var out = [];
  for (let i = 0, j = i + 10; i < 2; i++, j++) out.push(i + j);
  return out;
});
attempt("for (let i = j, j = 0)", () => {
  for (let i = j, j = 0; i < 2; i++) {}
  return "no error";
});
attempt("for (let k in k)", () => {
  for (let k in k) {
  }
  return "no error";
});
attempt("for (const k in obj)", () => {
  var out = [];
  for (const k in { a: 1, b: 2 }) out.push(k);
  return out;
});
attempt("closure in the head", () => {
  var fs = [];
  for (let i = (fs.push(() => i), 0); i < 2; i++) fs.push(() => i);
  return fs.map((f) => {
    try {
      return f();
    } catch (e) {
      return e.message;
    }
  });
});
// Entered again by an outer loop: each entry starts over.
attempt("re-entered", () => {
  var out = [];
  for (var round = 0; round < 2; round++) {
    try {
      for (let k in round === 0 ? { x: 1 } : k) out.push(k);
    } catch (e) {
      out.push(e.message);
    }
  }
  return out;
});
