// Assigning a `let`/`const` before its declaration throws the ReferenceError
// (after evaluating the value), for every kind of assignment.
function attempt(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e.name + ": " + e.message);
  }
}
attempt("x = 1", () => {
  x = 1;
  let x;
  return x;
});
attempt("value first", () => {
  x = (console.log("  value evaluated"), 2);
  let x = 3;
  return x;
});
attempt("x += 1", () => {
  x += 1;
  let x = 0;
  return x;
});
attempt("x++", () => {
  x++;
  let x = 0;
  return x;
});
attempt("--x", () => {
  --x;
  let x = 0;
  return x;
});
attempt("x ||= 1", () => {
  x ||= 1;
  let x = 0;
  return x;
});
attempt("const c = 1 before", () => {
  c = 1;
  const c = 2;
  return c;
});
attempt("const c += 1 before", () => {
  c += 1;
  const c = 2;
  return c;
});
attempt("for-in target before", () => {
  for (k in { a: 1 }) {
  }
  let k;
  return k;
});
attempt("assignment from a closure", () => {
  var set = () => {
    y = "set";
  };
  set();
  let y;
  return y;
});
attempt("after the declaration", () => {
  let x;
  x = 1;
  x += 2;
  x++;
  return x;
});
// typeof does not protect a binding in its dead zone.
attempt("typeof before", () => {
  var t = typeof z;
  let z = 1;
  return t;
});
attempt("typeof undeclared", () => typeof undeclaredName);
attempt("typeof after", () => {
  let z = 1;
  return typeof z;
});
// A const that is initialized: the compound assignment reads it (valueOf
// runs) before the TypeError.
const counted = {
  valueOf() {
    console.log("  valueOf ran");
    return 1;
  },
};
attempt("const compound", () => {
  counted += 1;
  return counted;
});
attempt("const update", () => {
  counted++;
  return counted;
});
