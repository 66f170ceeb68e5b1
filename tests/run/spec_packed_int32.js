// Arrays of int32s the compiler keeps as flat 4-byte buffers: made by
// literals, grown by push, read and written at int32 indices, moved through
// bindings, fields, calls and returns. Every line must match Node.

// Methods are set before any code runs, so the objects' layout is tracked.
function Histogram(buckets) {
  this.counts = [];
  for (let i = 0; i < buckets; i++) this.counts.push(0);
  this.total = 0;
}
Histogram.prototype.add = function (bucket) {
  const counts = this.counts;
  if (bucket >= 0 && bucket < counts.length) counts[bucket] = (counts[bucket] + 1) | 0;
  this.total = (this.total + 1) | 0;
  return counts[bucket];
};
Histogram.prototype.largest = function () {
  let best = 0;
  for (let i = 1; i < this.counts.length; i++) if (this.counts[i] > this.counts[best]) best = i;
  return best;
};

const h = new Histogram(7);
for (let i = 0; i < 1000; i++) h.add((i * i + 3 * i) % 7);
let line = "";
for (let i = 0; i < h.counts.length; i++) line += h.counts[i] + " ";
console.log("histogram", line, "total", h.total, "largest", h.largest());

// A permutation reversed in place (fannkuch's flips), with every value of
// the int32 range's ends kept exactly.
function reversed(n) {
  const perm = [];
  for (let i = 0; i < n; i++) perm.push(i);
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const t = perm[lo];
    perm[lo] = perm[hi];
    perm[hi] = t;
    lo++;
    hi--;
  }
  return perm;
}
const r = reversed(10);
console.log("reversed", r[0], r[1], r[8], r[9], r.length);

const extremes = [-2147483647 - 1, 2147483647, -1, 0];
extremes[extremes.length] = extremes[0] | 0;
extremes.push((extremes[1] + 1) | 0, -0 | 0);
console.log("extremes", extremes[0], extremes[1], extremes[2], extremes[3], extremes[4], extremes[5], extremes[6]);
console.log("length", extremes.length, Object.is(extremes[6], 0));

// Past the end, before the start: undefined.
console.log(r[10], r[1000], r[-1], r[-2147483648], r[2147483647]);
console.log(typeof r[10], r[10] === undefined, r[9] === 0, r[0] === 9);
// Keys that are numbers but not int32s: an element when integral, else undefined.
const half = h.total / 400;
console.log(r[half], r[half * 2], r[-0], r[0 / 0], r[1e10]);

// Grown past every buffer size the runtime starts with, by push and by
// writes at the end.
const squares = [];
for (let i = 0; i < 5000; i++) squares.push((i * i) | 0);
while (squares.length < 7000) squares[squares.length] = 0 - squares.length;
let sum = 0;
for (let i = 0; i < squares.length; i++) sum += squares[i];
console.log("squares", squares.length, squares[4999], squares[6999], sum);

// Chosen by ?:, compared by identity, tested for truthiness.
const other = [1, 2, 3];
const pick = sum > 0 ? other : r;
console.log("pick", pick === other, pick !== r, pick ? "truthy" : "falsy", pick[2]);

// Stored in a tracked object and read back through it.
const box = { data: [5, 6, 7], n: 3 };
box.data[1] = (box.data[0] + box.data[2]) | 0;
console.log("box", box.data[0], box.data[1], box.data[2], box.data.length);
