// Element reads of arrays that never go sparse have no runtime path: past
// the dense part is undefined (NaN under arithmetic). Arrays that may go
// sparse (a write far past the end, `new Array(n)`) keep it, and reads of
// undefined or null still throw Node's TypeError with the index.
function dot(a, b, n) {
  let s = 0;
  for (let k = 0; k < n; k++) s += a[k] * b[k];
  return s;
}
const rows = [];
for (let i = 0; i < 3; i++) {
  const r = [];
  for (let j = 0; j < 4; j++) r.push(i + j * 0.5);
  rows.push(r);
}
console.log(dot(rows[0], rows[1], 4), dot(rows[1], rows[2], 6), dot(rows[2], rows[2], 0));

function collect(a, n) {
  const out = [];
  for (let k = 0; k < n; k++) out.push(a[k]);
  return out;
}
console.log(collect(["a", "b"], 4), collect([true], 2));

// A far write makes the array sparse: the elements then live in a dictionary.
const far = [1, 2, 3];
far[5000] = 4;
far[70000] = 5;
let seen = 0;
for (let i = 0; i < 80000; i++) {
  if (far[i] !== undefined) seen += far[i];
}
console.log(seen, far.length);

// `new Array(n)` past 2^20 starts with no dense part; an in-bounds write
// far into it goes sparse too.
const big = new Array(3000000);
big[2999999] = 7;
big[1] = 8;
let found = 0;
for (let i = 0; i < big.length; i += 999999) {
  if (big[i] !== undefined) found += big[i];
}
console.log(found, big[2999999], big[1], big[2], big.length);

// A row that may be undefined: the read throws with the index as key.
function firstOf(table, i) {
  const row = table[i];
  let s = 0;
  for (let k = 0; k < 2; k++) s += row[k];
  return s;
}
console.log(firstOf([[1, 2], [3, 4]], 1));
try {
  console.log(firstOf([[1, 2]], 3));
} catch (e) {
  console.log(e instanceof TypeError, e.message);
}
