// A function that reads (or writes) a `let`/`const` of its scope throws when
// it is called before the declaration has run, and works once it has.
function scope() {
  try {
    console.log(read());
  } catch (e) {
    console.log("before:", e.name + ": " + e.message);
  }
  try {
    write(5);
  } catch (e) {
    console.log("write before:", e.name + ": " + e.message);
  }
  let value = 3;
  console.log("after:", read());
  write(7);
  console.log("after write:", read());
  function read() {
    return value;
  }
  function write(v) {
    value = v;
  }
}
scope();

// At the top level, and with a const.
function early() {
  return LIMIT * 2;
}
try {
  early();
} catch (e) {
  console.log(e.name + ": " + e.message);
}
const LIMIT = 21;
console.log(early());

// A block re-entered by a loop: the function declared in it is made afresh
// and sees the binding of its own iteration.
for (let i = 0; i < 3; i++) {
  try {
    if (i === 1) console.log("iteration", i, peek());
    let item = "item " + i;
    console.log("iteration", i, peek());
    function peek() {
      return item;
    }
  } catch (e) {
    console.log("iteration", i, e.message);
  }
}

// Closures made after the declaration keep working.
function counter() {
  let n = 0;
  const step = 2;
  return () => (n += step);
}
var next = counter();
next();
console.log(next());

// A nested closure made before the declaration, called after.
function nested() {
  var outer = () => () => late;
  var inner = outer();
  let late = "late";
  return inner();
}
console.log(nested());
