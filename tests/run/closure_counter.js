function makeCounter(start) {
  var n = start;
  return {
    inc: function () { return ++n; },
    dec: function () { return --n; },
    get: function () { return n; }
  };
}
var c1 = makeCounter(0), c2 = makeCounter(100);
c1.inc(); c1.inc(); c2.dec();
console.log(c1.get(), c2.get(), c1.inc(), c2.inc());
function adder(x) { return function (y) { return x + y; }; }
var add5 = adder(5);
console.log(add5(1), add5(10), adder("s")("t"));
function once(f) {
  var done = false, result;
  return function (v) { if (!done) { done = true; result = f(v); } return result; };
}
var o = once(function (v) { return v * 2; });
console.log(o(3), o(10), o(20));
var gen = (function () { var id = 0; return function () { return "id" + id++; }; })();
console.log(gen(), gen(), gen());
