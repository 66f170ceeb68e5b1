// Element reads of tracked arrays with an int32 index: holes, the end of the
// array, negative indices (named properties), sparse arrays, and undefined
// or null in place of the array.

const a = [1, , 3];
a[-1] = "minus one";
let out = [];
for (let i = -2; i < 5; i++) out.push(String(a[i]));
console.log(out.join(" "));

const sparse = [0, 1];
sparse[5000000] = "far";
for (let i = 4999999; i <= 5000001; i++) console.log(i, sparse[i]);
console.log(sparse[1], sparse[2]);

function sum(xs, n) {
  let s = 0;
  for (let i = 0; i < n; i++) s += xs[i] | 0;
  return s;
}
console.log(sum([5, 6, 7], 5));

let maybe = null;
for (let round = 0; round < 2; round++) {
  try {
    for (let i = 0; i < 2; i++) console.log("elem", maybe[i]);
  } catch (e) {
    console.log(e.message);
  }
  maybe = [10, 20];
}

let nothing;
if (out.length > 100) nothing = [1];
try {
  console.log(nothing[3]);
} catch (e) {
  console.log(e.message);
}

// Rows of a matrix read past its end: the row is undefined, and reading it
// in the inner loop throws at its first element.
function rowSums(m, n) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const row = m[i];
    let s = 0;
    for (let k = 0; k < 2; k++) s += row[k] * 2;
    out.push(s);
  }
  return out;
}
console.log(rowSums([[1, 2], [3.5, 4]], 2).join(' '));
try {
  rowSums([[1, 2]], 2);
} catch (e) {
  console.log(e instanceof TypeError, e.message);
}
