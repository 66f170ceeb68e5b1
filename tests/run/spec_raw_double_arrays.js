// Arrays of numbers that are not all int32 hold raw doubles: integral values
// are stored as doubles and must read back as the same numbers everywhere
// (printing, equality, property keys, string conversion), holes and
// undefined must stay undefined outside arithmetic, and NaN, -0 and the
// infinities must survive the trip.

function filled(n, x) {
  const a = [];
  for (let i = 0; i < n; i++) a.push(x * i);
  return a;
}

// Literal, push, index writes, and a read of another number array.
const xs = [1.5, 2, -0, NaN, Infinity];
xs.push(3);
xs.push(0.25);
xs[0] = 4;
xs[7] = 2.5; // index 7 is the end: appends
xs[9] = 1; // leaves a hole at 8
console.log(xs.length);
for (let i = 0; i < xs.length + 1; i++) {
  const v = xs[i];
  console.log(i, v, typeof v, v === 2, Object.is(v, -0), String(v), v + 1, v * 2);
}

// Integral values read back as int32-keyed things.
const keys = [0.5, 1, 2];
const o = { 1: "one", 2: "two" };
console.log(o[keys[1]], o[keys[2]], keys[1] === 1, keys[2] == "2");
console.log([keys[1], keys[2]].includes(2), [keys[1], keys[0]].join(","));
switch (keys[2]) {
  case 2:
    console.log("switch on 2");
    break;
  default:
    console.log("switch default");
}
const arr2 = ["a", "b", "c"];
console.log(arr2[keys[1]], arr2[keys[2]]);

// A copy through reads that may be undefined past the end.
const src = filled(4, 1.5);
const dst = [];
for (let i = 0; i < 6; i++) dst.push(src[i]);
console.log(dst.length, dst[3], dst[4], dst[5], dst[4] === undefined);
let total = 0;
for (let i = 0; i < dst.length; i++) total += dst[i];
console.log(total);
let defined = 0;
for (let i = 0; i < dst.length; i++) if (dst[i] !== undefined) defined += dst[i];
console.log(defined);

// Operators on elements: undefined and holes behave as NaN (or 0 for bitwise).
const h = [0.5, , 2];
console.log(h[1], h[1] + 1, h[1] | 0, h[1] < 1, h[0] * h[2], h[5] - 1, h[2] >> 1);

// NaN written from arithmetic stays a NaN, and -0 stays -0.
const w = [0.5];
w.push(0 / 0);
w.push(-0 * 1);
w[3] = Math.sqrt(-1);
console.log(w[0], w[1], w[2], w[3], w.length, Object.is(w[2], -0), w[1] !== w[1], isNaN(w[3]));

// Negative indices name properties; writes past the end make the array sparse.
const neg = [0.5, 1];
neg[-1] = 7;
console.log(neg[-1], neg.length, neg[-1] + 1);
const sparse = [0.5];
sparse[100000] = 3;
sparse[5] = 4;
console.log(sparse.length, sparse[100000], sparse[5], sparse[4], sparse[5] * 2, sparse[100000] === 3);

// Grow past the first buffer, then sum: all integral, stored as doubles.
const big = [0.5];
for (let i = 0; i < 1000; i++) big.push(i);
let sum = 0;
for (let i = 0; i < big.length; i++) sum += big[i];
console.log(sum, big[999], big[1000] === 999, `${big[10]}`);

// A matrix of doubles, as the benchmarks build it.
function matrix(n) {
  const rows = [];
  for (let i = 0; i < n; i++) {
    const row = [];
    for (let j = 0; j < n; j++) row.push((i - j) / 2);
    rows.push(row);
  }
  return rows;
}
const mat = matrix(3);
let trace = 0;
for (let i = 0; i < 3; i++) trace += mat[i][i] + mat[i][2 - i];
console.log(trace, mat[2][0], mat[0][2], mat[1][1]);
