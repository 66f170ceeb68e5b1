// matmul: dense SIZE x SIZE matrix multiply C = A * B over arrays of arrays
// of doubles (B is transposed first so the inner loop walks both rows), with
// A = B = [(i - j)(i + j) / n^2]. Prints the middle element and the sum of all
// elements of C, each checked against its closed form.
const SIZE = 650; // bench:size bench:smoke 40

function matgen(n) {
  const t = 1 / n / n;
  const m = [];
  for (let i = 0; i < n; i++) {
    const row = [];
    for (let j = 0; j < n; j++) row.push(t * (i - j) * (i + j));
    m.push(row);
  }
  return m;
}

function transpose(n, m) {
  const r = [];
  for (let i = 0; i < n; i++) {
    const row = [];
    for (let j = 0; j < n; j++) row.push(m[j][i]);
    r.push(row);
  }
  return r;
}

function matmul(n, a, b) {
  const bt = transpose(n, b);
  const c = [];
  for (let i = 0; i < n; i++) {
    const ai = a[i];
    const ci = [];
    for (let j = 0; j < n; j++) {
      const bj = bt[j];
      let sum = 0;
      for (let k = 0; k < n; k++) sum += ai[k] * bj[k];
      ci.push(sum);
    }
    c.push(ci);
  }
  return c;
}

const n = SIZE;
const c = matmul(n, matgen(n), matgen(n));
const mid = Math.floor(n / 2);
let total = 0;
for (let i = 0; i < n; i++) {
  for (let j = 0; j < n; j++) total += c[i][j];
}

// Closed forms: with S2 = sum k^2 and S4 = sum k^4 over k < n,
//   C[i][j] = ((i^2 + j^2) S2 - n i^2 j^2 - S4) / n^4
//   sum C   = (n S2^2 - n^2 S4) / n^4
let s2 = 0;
let s4 = 0;
for (let k = 0; k < n; k++) {
  s2 += k * k;
  s4 += k * k * k * k;
}
const n4 = n * n * n * n;
for (let step = 0; step < 8; step++) {
  const i = (step * 37) % n;
  const j = (step * 53 + mid) % n;
  const exact = ((i * i + j * j) * s2 - n * i * i * j * j - s4) / n4;
  if (Math.abs(c[i][j] - exact) > 1e-9) {
    throw new Error(`matmul: C[${i}][${j}] = ${c[i][j]}, expected ${exact}`);
  }
}
const exactMid = ((2 * mid * mid) * s2 - n * mid * mid * mid * mid - s4) / n4;
if (Math.abs(c[mid][mid] - exactMid) > 1e-9) {
  throw new Error(`matmul: C[${mid}][${mid}] = ${c[mid][mid]}, expected ${exactMid}`);
}
const exactTotal = (n * s2 * s2 - n * n * s4) / n4;
if (Math.abs(total - exactTotal) > 1e-9 * Math.max(1, Math.abs(exactTotal))) {
  throw new Error(`matmul: sum = ${total}, expected ${exactTotal}`);
}
console.log(`matmul: ok ${c[mid][mid].toFixed(9)} ${total.toFixed(9)}`);
