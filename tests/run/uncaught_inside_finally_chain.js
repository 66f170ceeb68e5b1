function work() {
  try {
    console.log("working");
    throw new RangeError("bad range");
  } finally {
    console.log("cleanup ran");
  }
}
try {
  work();
} catch (e) {
  console.log("caught once:", e.message);
}
work();
console.log("unreachable");
