// Element reads of number arrays are "a number or undefined": past the end
// they read undefined, which arithmetic turns into NaN but equality, typeof
// and string conversion keep as undefined. Tests narrow them back to numbers.
function reads(a, i) {
  const x = a[i];
  const y = a[i + 1];
  console.log(x, y, typeof x, typeof y, String(y), `${y}`);
  console.log(x - 1, y - 1, x * 2, y * 2, -y, +y, ~y, y | 0, y >>> 0);
  console.log(x === undefined, y === undefined, y == null, x == null, y === y, x !== 0, y !== 0);
  console.log(y === a[i + 2], (y - 1) === undefined, Number.isNaN(y - 1), y + y, x + y, y + "s");
  console.log(x < 3, y < 3, y >= 0, !(y < 3), y ? "truthy" : "falsy");
  return y;
}
// One allocation site per element kind, so each array class stays tracked.
function ints(n, start, step) {
  const a = [];
  for (let i = 0; i < n; i++) a.push(start + i * step);
  return a;
}
function doubles(n, start) {
  const a = [];
  for (let i = 0; i < n; i++) a.push(start + i * 0.5);
  return a;
}
function readsDoubles(a, i) {
  const x = a[i];
  const y = a[i + 1];
  console.log(x, y, typeof y, y - 1, -y, ~y, y === undefined, y == null, y === a[i + 2], y + "s", y < 3);
  return y;
}
console.log(reads(ints(3, 4, 2), 1));
console.log(reads(ints(3, 4, 2), 2));
console.log(readsDoubles(doubles(2, 0.5), 0));
console.log(readsDoubles(doubles(2, 0.5), 1));

// A number-or-undefined value stored back into an array, and used as a key.
function shuffle(a) {
  const b = [];
  for (let i = 0; i < a.length + 2; i++) b.push(a[i]);
  const k = a[a.length];
  b[k] = 7;
  console.log(b.length, b[k], b[a[a.length + 5]], b[0], b[3], b[4]);
  let sum = 0;
  for (let i = 0; i < b.length; i++) {
    const v = b[i];
    if (v !== undefined) sum += v;
  }
  return sum;
}
console.log(shuffle(ints(3, 1, 1)));

// Pancake flips: the bounds come from the loop test, which proves `hi` a number.
function flips(perm) {
  let count = 0;
  let k = perm[0];
  while (k !== 0) {
    let lo = 0;
    let hi = k;
    while (lo < hi) {
      const t = perm[lo];
      perm[lo] = perm[hi];
      perm[hi] = t;
      lo++;
      hi--;
    }
    count++;
    k = perm[0];
    if (count > 100) break;
  }
  return count;
}
function perm(n, a, b, c, d) {
  const p = [];
  const all = [a, b, c, d];
  for (let i = 0; i < n; i++) p.push(all[i]);
  return p;
}
console.log(flips(perm(4, 3, 1, 2, 0)), flips(perm(1, 0)), flips(perm(1, 5)), flips(perm(0)));

// Counters kept in range by equality tests.
function countdown(n) {
  let r = n;
  let steps = 0;
  while (r !== 1) {
    r--;
    steps++;
    if (steps > 50) break;
  }
  return [r, steps];
}
console.log(countdown(5), countdown(1), countdown(0));

function climb(n) {
  let r = 0;
  while (true) {
    if (r === n) return r;
    r++;
    if (r > 40) return -1;
  }
}
console.log(climb(7), climb(-3), climb(0));

// Nullable objects narrowed by tests.
function Node(v, next) {
  this.v = v;
  this.next = next;
}
function total(list) {
  let s = 0;
  let n = list;
  while (n) {
    s += n.v;
    n = n.next;
  }
  let m = list;
  if (m != null) s += m.v * 100;
  if (m !== undefined) s += 1000;
  return s;
}
const list = new Node(1, new Node(2, new Node(3, null)));
console.log(total(list), total(null), total(undefined));

// A var read before its assignment is undefined.
function early() {
  const before = v + 1;
  var v = 5;
  return [before, v + 1, typeof before];
}
console.log(early());
