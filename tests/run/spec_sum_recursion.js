// Recursive functions that return sums of their own calls run as exact
// integers with the last call of each sum turned into a loop; totals past
// 2^53 fall back to the ordinary body, which rounds as Node does.

function fib(n) {
  if (n < 2) return n;
  return fib(n - 1) + fib(n - 2);
}
console.log(fib(0), fib(1), fib(2), fib(10), fib(25));

// Three calls and a constant term.
function trib(n) {
  if (n < 3) return 1;
  return trib(n - 1) + trib(n - 2) + trib(n - 3) + 0;
}
console.log(trib(3), trib(20));

// The last term is not a call: no loop, still exact integers.
function tri(n) {
  if (n === 0) return 0;
  return tri(n - 1) + n;
}
console.log(tri(100), tri(5000));

// A call in the last place, a constant first: the whole recursion is a loop.
function count(n) {
  if (n <= 0) return 0;
  return 1 + count(n - 1);
}
console.log(count(10), count(5000));

// Binomial coefficients, with a local and an if/else chain.
function choose(n, k) {
  if (k === 0) return 1;
  if (k === n) return 1;
  const m = n - 1;
  return choose(m, k - 1) + choose(m, k);
}
console.log(choose(10, 3), choose(24, 12));

// Leaves of 2^31 - 1 and 1: with depth 23 the total is exactly 2^53 (still
// exact); with depth 24 it is past 2^53, where additions round, so the
// ordinary body runs and must round as Node does.
function big(n, odd) {
  if (n === 0) return odd ? 1 : 2147483647;
  return big(n - 1, 0) + big(n - 1, 1);
}
console.log(big(23, 0), big(23, 0) === 2 ** 53);
console.log(big(24, 0));
// Leaves of 3 and 2^31 - 1 mixed: the total needs more than 53 bits.
function mixed(n, w) {
  if (n === 0) return w;
  return mixed(n - 1, w) + mixed(n - 1, w === 3 ? 2147483647 : 3);
}
console.log(mixed(24, 3), mixed(24, 2147483647), mixed(20, 3));

// Deep recursion through the first term still overflows the stack.
function deep(n) {
  if (n === 0) return 0;
  return deep(n - 1) + 1;
}
try {
  console.log(deep(100000000));
} catch (e) {
  console.log(e instanceof RangeError, e.message);
}
console.log(deep(1000));

// Not candidates: a negative leaf, a non-integer leaf, a side effect.
function signed(n) {
  if (n < 2) return n;
  return signed(n - 1) + signed(n - 2);
}
console.log(signed(-5), signed(20));
function half(n) {
  if (n === 0) return 0.5;
  return half(n - 1) + half(n - 1);
}
console.log(half(10));
let calls = 0;
function counted(n) {
  calls++;
  if (n < 2) return n;
  return counted(n - 1) + counted(n - 2);
}
console.log(counted(15), calls);

// Base cases tested at the call, with the arguments as the parameters.
// Lattice paths: a test over two parameters.
function grid(r, c) {
  if (r === 0 || c === 0) return 1;
  return grid(r - 1, c) + grid(r, c - 1);
}
console.log(grid(1, 1), grid(8, 9), grid(12, 12));
// A missing argument is undefined in the test and the sum.
function steps(n, first) {
  if (n < 2) return first === undefined ? 1 : 2;
  return steps(n - 1, 1) + steps(n - 2);
}
console.log(steps(0), steps(1, 0), steps(2), steps(20));
// A test that reads a variable of the caller's scope, not a parameter: the
// function runs its own test.
const LIMIT = 3;
function capped(n) {
  if (n < LIMIT) return n;
  return capped(n - 1) + capped(n - 2);
}
console.log(capped(20));
function outer(lim) {
  function inner(n) {
    if (n < lim) return n;
    return inner(n - 1) + inner(n - 2);
  }
  return inner(22);
}
console.log(outer(2));
let limit = 2;
function varying(n) {
  if (n < limit) return n;
  return varying(n - 1) + varying(n - 2);
}
console.log(varying(20));
limit = 5;
console.log(varying(20));
