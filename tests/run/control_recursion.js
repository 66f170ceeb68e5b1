function fact(n) { return n <= 1 ? 1 : n * fact(n - 1); }
function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
function isEven(n) { return n === 0 ? true : isOdd(n - 1); }
function isOdd(n) { return n === 0 ? false : isEven(n - 1); }
function ack(m, n) {
  if (m === 0) return n + 1;
  if (n === 0) return ack(m - 1, 1);
  return ack(m - 1, ack(m, n - 1));
}
function hanoi(n, from, to, via, moves) {
  if (n === 0) return moves;
  hanoi(n - 1, from, via, to, moves);
  moves.push(from + to);
  hanoi(n - 1, via, to, from, moves);
  return moves;
}
function perms(s) {
  if (s.length <= 1) return [s];
  var out = [];
  for (var i = 0; i < s.length; i++) {
    var rest = perms(s.slice(0, i) + s.slice(i + 1));
    for (var j = 0; j < rest.length; j++) out.push(s[i] + rest[j]);
  }
  return out;
}
function gcd(a, b) { return b === 0 ? a : gcd(b, a % b); }
console.log(fact(10), fact(20), fact(25), fact(170), fact(171));
console.log(fib(20), isEven(100), isOdd(7), isEven(7));
console.log(ack(2, 3), hanoi(3, "A", "C", "B", []).join(" "));
console.log(perms("abc"), gcd(1071, 462));
var depth = function d(n) { return n === 0 ? 0 : 1 + d(n - 1); };
console.log(depth(1000));
