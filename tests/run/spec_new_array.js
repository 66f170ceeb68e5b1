// `new Array(n)` arrays are tracked like array literals: holes read
// undefined, the length is n, and invalid lengths throw as in Node.

function filled(n, v) {
  const a = new Array(n);
  for (let i = 0; i < n; i++) a[i] = v;
  return a;
}

const a = filled(5, 1.5);
let s = 0;
for (let i = 0; i < a.length; i++) s += a[i];
console.log(a.length, s, a[5], a[-1]);

const holes = new Array(4);
holes[1] = 7;
console.log(holes.length, holes[0], holes[1], holes[3], holes[4]);
holes.push(9);
console.log(holes.length, holes[4]);

const empty = new Array();
empty[2] = "x";
console.log(empty.length, empty[0], empty[2]);

// A length that is not a valid array length.
const bads = [-1, 2.5, 4294967296];
for (let i = 0; i < bads.length; i++) {
  const bad = bads[i];
  try {
    const b = new Array(bad);
    console.log("made", b.length);
  } catch (e) {
    console.log(e.name, e.message);
  }
}

// A non-number argument is the single element.
function single(v) {
  return new Array(v);
}
const one = single("3");
console.log(one.length, one[0]);

// Far beyond the dense part: the array goes sparse.
const big = new Array(3000000);
big[2999999] = 42;
big[10] = 1;
console.log(big.length, big[2999999], big[10], big[11]);

// Counting down from a length read out of the array.
const counts = new Array(10);
for (let i = 0; i < counts.length; i++) counts[i] = i * i;
let t = 0;
for (let i = counts.length - 1; i >= 0; i--) t += counts[i];
console.log(t);
