// Recursions 5,000 calls deep finish in every shape the backend compiles
// differently (integer sums, calls in tail position, methods, mutual
// recursion, doubles, generic values), also after a stack overflow.
function count(n) { if (n < 1) return 0; return 1 + count(n - 1) }
function halves(x) { if (x === 0.5) return 0; return 1 + halves(x - 1) }
function sumTo(n, acc) { return n === 0 ? acc : sumTo(n - 1, acc + n) }
const counter = { depth(n) { return n === 0 ? 0 : 1 + this.depth(n - 1) } };
function even(n) { return n === 0 ? true : odd(n - 1) }
function odd(n) { return n === 0 ? false : even(n - 1) }
const build = (n) => (n === 0 ? null : { next: build(n - 1), n });
function length(list) { return list === null ? 0 : 1 + length(list.next) }
function viaCall(n) { return n === 0 ? "done" : viaCall.call(null, n - 1) }
function paths(n) { if (n < 2) return 1; return paths(n - 1) + (n % 1000 === 0 ? paths(2) : 0) }
function report() {
  console.log(count(5000), halves(5000.5), sumTo(5000, 0), counter.depth(5000));
  console.log(even(5000), odd(4999), length(build(5000)), viaCall(5000), paths(5000));
}
report();
function forever(n) { return forever(n + 1) + 1 }
try { forever(0) } catch (e) { console.log(e.name) }
report();
