function fail(n) {
  if (n > 1) {
    throw -0;
  }
  return fail(n + 1);
}
console.log("calling");
fail(0);
