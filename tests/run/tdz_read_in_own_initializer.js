// A binding read inside its own initializer (or an earlier declarator's) is
// in its temporal dead zone.
function attempt(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e instanceof ReferenceError, e.message);
  }
}
attempt("const c = c", () => {
  const c = c;
  return c;
});
attempt("let n = n + 1", () => {
  let n = n + 1;
  return n;
});
attempt("typeof in initializer", () => {
  let t = typeof t;
  return t;
});
attempt("later declarator", () => {
  let a = b, b = 1;
  return a;
});
attempt("earlier declarator", () => {
  let a = 1, b = a + 1;
  return b;
});
attempt("closure called in initializer", () => {
  let f = (() => f)();
  return f;
});
attempt("closure called after", () => {
  let f = () => typeof f;
  return f();
});
// At the top level too, and in a loop: every iteration starts in the dead zone.
for (let i = 0; i < 2; i++) {
  try {
    let x = i === 0 ? 1.5 : x * 2;
    console.log("loop", i, x);
  } catch (e) {
    console.log("loop", i, e.message);
  }
}
try {
  const top = top + 1;
  console.log(top);
} catch (e) {
  console.log(e.name + ": " + e.message);
}
