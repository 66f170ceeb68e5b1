try {
  [].reduce(function (a, b) { return a + b; });
} catch (e) {
  console.log(e instanceof TypeError, e.name);
  console.log(e.message);
}
console.log([].reduce(function (a, b) { return a + b; }, "init"));
var calls = 0;
var r = [1, 2, 3].reduce(function (a, b) { calls++; return a * b; });
console.log(r, calls);
