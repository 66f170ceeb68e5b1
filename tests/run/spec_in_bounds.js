// Element accesses the compiler proves in bounds (a literal's length, a
// filling loop of pushes, `i < a.length`) skip the bounds and hole checks;
// everything that could read a hole or an undefined element must still see it.

function literalReads() {
  const a = [3, 1, 4, 1, 5];
  let sum = 0;
  for (let i = 0; i < 5; i++) sum += a[i];
  a.push(9);
  return sum + a[4] * a[0];
}
console.log("literal", literalReads());

function filled(n) {
  const perm = [];
  const squares = [];
  for (let i = 0; i < n; i++) {
    perm.push(n - 1 - i);
    squares.push(i * i);
  }
  let k = perm[0];
  let flips = 0;
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
    flips++;
    k = perm[0];
  }
  return [flips, perm.join(","), squares[n - 1]];
}
console.log("filled", filled(6), filled(1));

// From 1, inclusive bound, `i += 1` and `++i`.
function offsets(n) {
  const a = [];
  for (let i = 1; i <= n; i += 1) a.push(i);
  const b = [0];
  for (let i = 2; i < n; ++i) b.push(i);
  return [a[n - 1], a.length, b[n - 2], b.length];
}
console.log("offsets", offsets(5));

// `i < a.length` bounds a counter, even while the body pushes.
function lengthBound(a) {
  let sum = 0;
  for (let i = 0; i < a.length; i++) {
    sum += a[i];
    if (a.length < 8) a.push(i);
  }
  return sum;
}
console.log("lengthBound", lengthBound([10, 20, 30]));

// Holes and undefined elements read undefined.
function holes() {
  const elided = [1, , 3];
  const made = new Array(3);
  const past = [1, 2];
  past[4] = 5;
  const undef = [1, 2, 3];
  const src = [7];
  undef[1] = src[3];
  let out = [];
  for (let i = 0; i < 3; i++) out.push(`${elided[i]}/${made[i]}/${past[i + 2]}/${undef[i]}`);
  return out.join(" ");
}
console.log("holes", holes());

// A filling loop that breaks, continues or writes its counter proves nothing.
function irregular(n) {
  const a = [];
  for (let i = 0; i < n; i++) {
    if (i === 2) break;
    a.push(i);
  }
  const b = [];
  for (let i = 0; i < n; i++) {
    if (i % 2 === 1) continue;
    b.push(i);
  }
  const c = [];
  for (let i = 0; i < n; i++) {
    c.push(i);
    i++;
  }
  return [a[3], b[3], c[3], a.length, b.length, c.length];
}
console.log("irregular", irregular(6));

// Rebinding the array while computing the key reads the old array.
function rebind() {
  let a = [];
  const v = a[((a = [1, 2, 3]), 2)];
  let b = [1, 2, 3];
  const w = b[((b = []), 1)];
  return [v, w, a[2], b.length];
}
console.log("rebind", rebind());

// Int32 elements that generic code computed as doubles still read as int32.
function fromGeneric(xs) {
  const a = [0, 0, 0];
  for (let i = 0; i < 3; i++) a[i] = xs[i] | 0;
  return a[0] + a[1] * a[2];
}
console.log("fromGeneric", fromGeneric([2.5, "3", 4e0]));

// Rows filled in a loop; each row is a new array.
function grid(n) {
  const rows = [];
  for (let j = 0; j < n; j++) {
    const row = [];
    for (let i = 0; i < n; i++) row.push(i * j);
    rows.push(row);
  }
  let trace = 0;
  for (let j = 0; j < n; j++) trace += rows[j][j];
  return trace;
}
console.log("grid", grid(4));

// Zero iterations: nothing is proven, reads past the end are undefined.
function empty(n) {
  const a = [];
  for (let i = 0; i < n; i++) a.push(i);
  return [a[0], a[n]];
}
console.log("empty", empty(0), empty(2));
