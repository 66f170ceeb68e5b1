// Small arrays keep their elements in their own cell until they outgrow it;
// every way of growing, shrinking, reordering or thinning one must behave
// as Node's arrays do, before and after the elements move out.

function grown(n) {
  const a = [];
  for (let i = 0; i < n; i++) a.push(i * 2);
  return a;
}
const small = grown(5);
const edge = grown(16);
const past = grown(17);
const big = grown(100);
console.log(small.length, edge[15], past[16], big[99], small.join(","));

// new Array(n): holes, then filled, then grown by index writes.
const holes = new Array(4);
console.log(holes.length, holes[0], 0 in holes, holes.join("-"));
for (let i = 0; i < 4; i++) holes[i] = i + 0.5;
holes[4] = "four";
holes[20] = "far";
console.log(holes.length, holes[4], holes[19], holes[20], Object.keys(holes).length);

// Sparse: a write far past the end moves the elements to a dictionary.
const sparse = [1, 2, 3];
sparse[5000] = 4;
console.log(sparse.length, sparse[2], sparse[4999], sparse[5000], Object.keys(sparse).join(","));

// Methods that rewrite the elements in place or replace them.
const m = [5, 3, 9, 1, 7];
m.sort((a, b) => a - b);
m.reverse();
m.splice(1, 2, "x", "y", "z");
m.unshift(0);
console.log(m.join(" "), m.length, m.indexOf("z"), m.includes(7));
const shrunk = grown(10);
shrunk.length = 3;
shrunk.push(99);
console.log(shrunk.join(","), shrunk.pop(), shrunk.shift(), shrunk.join(","));
const c = small.concat(edge, [true]);
console.log(c.length, c[4], c[5], c[21], c.slice(3, 7).join("|"));

// Many small arrays alive at once across collections, mutated after.
const keep = [];
for (let i = 0; i < 20000; i++) {
  const row = [i, i + 1, i + 2];
  if (i % 100 === 0) keep.push(row);
}
for (let i = 0; i < keep.length; i++) {
  keep[i].push(-i);
  if (i % 2 === 0) for (let j = 0; j < 20; j++) keep[i].push(j);
}
let sum = 0;
for (let i = 0; i < keep.length; i++) for (let j = 0; j < keep[i].length; j++) sum += keep[i][j];
console.log(keep.length, keep[3].length, keep[4].length, sum);
console.log(grown(3), [[1], [2, [3]]], grown(4).map((x) => x + 1).join());

// Pushes in compiled code past the room of an array made by a literal,
// next to another one made right after it.
function neighbours() {
  const a = [1.5, 2, 3];
  const b = [7.5, 8, 9];
  for (let i = 4; i < 24; i++) a.push(i + 0.5);
  return a.length + b.length + b[0] + b[2] + a[10];
}
let n = 0;
for (let i = 0; i < 1000; i++) n += neighbours();
console.log(n);
