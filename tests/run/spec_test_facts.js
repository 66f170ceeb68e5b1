// What tests prove, inside the code they guard: `a && a.b`, `x ? x.v : 0`,
// `x !== undefined ? x : d`, and functions ending in `while (true)` that
// never fall off their end.
function Node(v, next) {
  this.v = v;
  this.next = next;
}
function second(list) {
  return list && list.next ? list.next.v : -1;
}
function valueOr(list, d) {
  return list ? list.v : d;
}
function firstOr(a, d) {
  const x = a[0];
  return x !== undefined ? x + 1 : d;
}
function orZero(a, i) {
  const x = a[i];
  return (x === undefined || x < 0) ? 0 : x * 2;
}
const chain = new Node(1, new Node(2, null));
console.log(second(chain), second(null), second(new Node(3, null)));
console.log(valueOr(chain, -1), valueOr(null, -1), valueOr(undefined, -2));
// One allocation site, so the array class stays tracked.
function make(n, first) {
  const a = [];
  for (let i = 0; i < n; i++) a.push(first + i);
  return a;
}
const xs = make(1, 4);
console.log(firstOr(xs, 9), firstOr(make(0, 0), 9));
console.log(orZero(xs, 0), orZero(xs, 1), orZero(make(1, -3), 0));

// Only `return` leaves these loops: the result is never undefined.
function search(a, want) {
  let i = 0;
  while (true) {
    if (i >= a.length) return -1;
    if (a[i] === want) return i;
    i++;
  }
}
function firstEven(n) {
  for (let k = n; ; k++) {
    if (k % 2 === 0) return k;
  }
}
// A break that leaves the loop does fall off the end.
function maybe(n) {
  while (true) {
    if (n > 3) break;
    return n;
  }
}
function labeled(n) {
  outer: while (true) {
    while (true) {
      if (n > 0) break outer;
      return "inner";
    }
  }
}
console.log(search(make(3, 5), 7), search(make(1, 5), 1), firstEven(7), firstEven(10));
console.log(maybe(1), maybe(5), labeled(0), labeled(2));
