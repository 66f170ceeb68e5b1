function bank() {
  var balance = 0;
  var log = [];
  function record(kind, amt) { log.push(kind + amt); }
  return {
    deposit: function (a) { balance += a; record("+", a); },
    withdraw: function (a) { balance -= a; record("-", a); },
    balance: function () { return balance; },
    history: function () { return log.join(" "); }
  };
}
var b = bank();
b.deposit(100); b.withdraw(30); b.deposit(5);
console.log(b.balance(), b.history());
var x = 1;
function readX() { return x; }
x = 2;
console.log(readX());
function outer() {
  var v = "a";
  var get = function () { return v; };
  v = "b";
  var set = function (n) { v = n; };
  return [get, set];
}
var pair = outer();
console.log(pair[0]());
pair[1]("c");
console.log(pair[0]());
function compose(f, g) { return function (x) { return f(g(x)); }; }
var inc = function (n) { return n + 1; }, dbl = function (n) { return n * 2; };
console.log(compose(inc, dbl)(5), compose(dbl, inc)(5));
function curry3(f) { return function (a) { return function (b) { return function (c) { return f(a, b, c); }; }; }; }
console.log(curry3(function (a, b, c) { return a * 100 + b * 10 + c; })(1)(2)(3));
