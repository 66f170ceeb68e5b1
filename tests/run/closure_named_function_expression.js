var fact = function f(n) { return n <= 1 ? 1 : n * f(n - 1); };
console.log(fact(5), typeof f);
var g = fact;
fact = null;
console.log(g(6));
var counter = function self() { self.calls = (self.calls || 0) + 1; return self.calls; };
counter(); counter();
console.log(counter(), counter.calls);
function outer() { return typeof outer; }
console.log(outer());
console.log(fact === null, g.name, counter.name, (function () {}).name === "", (() => 1).name === "");
var arrowNamed = () => 1;
console.log(arrowNamed.name);
