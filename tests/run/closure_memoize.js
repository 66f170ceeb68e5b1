function memoize(fn) {
  var cache = {};
  var hits = 0;
  var wrapped = function (n) {
    if (n in cache) { hits++; return cache[n]; }
    var v = fn(n);
    cache[n] = v;
    return v;
  };
  wrapped.hits = function () { return hits; };
  return wrapped;
}
var calls = 0;
var fib = memoize(function (n) { calls++; return n < 2 ? n : fib(n - 1) + fib(n - 2); });
console.log(fib(50), fib(78), calls, fib.hits());
var slowSquare = memoize(function (x) { calls++; return x * x; });
console.log(slowSquare(9), slowSquare(9), slowSquare(10), calls, slowSquare.hits());
function makeAccumulators(n) {
  var fs = [];
  for (let i = 0; i < n; i++) {
    let total = i;
    fs.push(function (x) { total += x; return total; });
  }
  return fs;
}
var accs = makeAccumulators(3);
accs[0](10); accs[1](20); accs[2](30); accs[0](1);
console.log(accs.map(function (f) { return f(0); }));
