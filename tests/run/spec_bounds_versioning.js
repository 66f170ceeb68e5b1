// Counting loops whose element reads are proven in bounds by one test of
// the arrays' lengths before the loop: the loop runs in a copy with plain
// loads when the arrays are long enough, and in the checked copy when not.
// Both must print what Node prints.

function dot(n, a, b) {
  let sum = 0;
  for (let k = 0; k < n; k++) sum += a[k] * b[k];
  return sum;
}
const xs = [];
const ys = [];
for (let i = 0; i < 10; i++) {
  xs.push(i * 0.5);
  ys.push(i + 1);
}
// Long enough; exactly long enough; past the end (undefined * x is NaN).
console.log(dot(5, xs, ys), dot(10, xs, ys), dot(11, xs, ys), dot(0, xs, ys), dot(-3, xs, ys));

// Holes read as undefined in either copy.
const holey = [1.5, , 3.5, , 5.5];
console.log(dot(5, holey, holey), dot(3, holey, [2, 2, 2]));

// Int32 and boolean arrays (packed), a constant bound, and a counter that
// starts above zero.
function countTrue(flags, from) {
  let c = 0;
  for (let i = from; i < 8; i++) if (flags[i]) c++;
  return c;
}
const flags = [true, false, true, true, false, true, false, true];
const shortFlags = [true, true, true];
console.log(countTrue(flags, 0), countTrue(flags, 3), countTrue(shortFlags, 0), countTrue(shortFlags, 1));

function sumInts(v, n) {
  let s = 0;
  for (let i = 0; i < n; i++) s = (s + v[i]) | 0;
  return s;
}
const ints = [];
for (let i = 0; i < 100; i++) ints.push(i * 3 - 50);
console.log(sumInts(ints, 100), sumInts(ints, 50), sumInts(ints, 101));

// break, continue and return inside the loop; nested versioned loops.
function firstAbove(v, n, limit) {
  for (let i = 0; i < n; i++) {
    if (v[i] < 0) continue;
    if (v[i] > limit) return i;
    if (v[i] === 7) break;
  }
  return -1;
}
console.log(firstAbove(ints, 100, 100), firstAbove(ints, 10, 100), firstAbove(ints, 200, 1000));

function grid(rows, n) {
  let total = 0;
  for (let i = 0; i < n; i++) {
    const row = rows[i];
    let rowSum = 0;
    for (let j = 0; j < n; j++) rowSum += row[j] * (j + 1);
    total += rowSum;
  }
  return total;
}
const rows = [];
for (let i = 0; i < 6; i++) {
  const r = [];
  for (let j = 0; j < 6; j++) r.push(i - j + 0.25);
  rows.push(r);
}
console.log(grid(rows, 6), grid(rows, 4), grid(rows, 7 - 1));

// An array that is not there: the checked copy throws what Node throws.
function lengths(arrays, n) {
  let s = 0;
  for (let i = 0; i < n; i++) {
    const a = arrays[i];
    for (let j = 0; j < 2; j++) s += a[j];
  }
  return s;
}
try {
  console.log(lengths([[1, 2], [3, 4]], 2));
  console.log(lengths([[1, 2], [3, 4]], 3));
} catch (e) {
  console.log(e instanceof TypeError, e.message);
}

// Math in the body, and a field of a tracked object written in it.
function Acc() {
  this.total = 0;
}
function norms(acc, v, n) {
  for (let i = 0; i < n; i++) acc.total += Math.sqrt(v[i] * v[i] + 1);
  return acc.total;
}
console.log(norms(new Acc(), xs, 10).toFixed(6), norms(new Acc(), xs, 12));
