// fib: naive doubly-recursive Fibonacci, fib(SIZE), checked against an
// iterative computation (and the classic fib(32) = 2178309 when SIZE is 32).
const SIZE = 38; // bench:size bench:smoke 20

function fib(n) {
  if (n < 2) return n;
  return fib(n - 1) + fib(n - 2);
}

function fibIter(n) {
  let a = 0;
  let b = 1;
  for (let i = 0; i < n; i++) {
    const t = a + b;
    a = b;
    b = t;
  }
  return a;
}

const result = fib(SIZE);
const expected = fibIter(SIZE);
if (result !== expected) {
  throw new Error(`fib(${SIZE}) = ${result}, expected ${expected}`);
}
if (SIZE === 32 && result !== 2178309) {
  throw new Error(`fib(32) = ${result}, expected 2178309`);
}
console.log(`fib: ok ${result}`);
