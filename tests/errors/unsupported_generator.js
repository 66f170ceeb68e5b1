// expect: unsupported-feature 3:3
function outer() {
  function* g() { yield 1; }
  return g;
}
