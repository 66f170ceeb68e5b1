// Functions whose closure is created once are called through that one
// closure (their own callee, or a global) instead of loading the binding or
// looking the method up; closures created many times keep their own captures.
function Counter(start) {
  this.value = start;
}
Counter.prototype.step = function (by) {
  this.value += by;
  return this;
};
Counter.prototype.twice = function (by) {
  return this.step(by).step(by);
};
function countDown(n) {
  if (n === 0) return "done";
  return countDown(n - 1);
}
console.log(countDown(5));

const c = new Counter(1);
console.log(c.twice(3).value, c.step(10).value);

function outer() {
  // Called from a nested function: the binding is captured.
  return [1, 2, 3].length + helper(4);
}
function helper(x) {
  return x * 10;
}
function nested() {
  const inner = () => helper(2) + outer();
  return inner();
}
console.log(nested());

// Created in a loop: each closure captures its own `i`.
const made = [];
for (let i = 0; i < 3; i++) {
  const f = function (n) {
    return n === 0 ? i : f(n - 1);
  };
  made.push(f);
}
console.log(made[0](2), made[1](2), made[2](2));

// Created by a function that runs twice: two closures of one function.
function makeAdder(k) {
  return function add(n) {
    return n === 0 ? k : add(n - 1) + 1;
  };
}
const add1 = makeAdder(1);
const add5 = makeAdder(5);
console.log(add1(3), add5(3));

// A binding reassigned after use: calls follow the binding.
var swap = function (n) {
  return n <= 0 ? "first" : swap(n - 1);
};
const kept = swap;
swap = function () {
  return "second";
};
console.log(kept(2), swap(2));
