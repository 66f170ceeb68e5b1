// A length kept in a local bounds the indices compared with it: the reads
// below are proven in bounds and drop their checks. Rebinding the array or
// the length after the length was taken must keep reads checked.
function sumAll(a) {
  const n = a.length;
  let s = 0;
  for (let i = 0; i < n; i++) s += a[i];
  return s;
}
console.log(sumAll([1, 2, 3, 4]), sumAll([]), sumAll([0.5, 1.25]));

function pairs(items) {
  const n = items.length;
  let out = 0;
  for (let i = 0; i < n; i++) {
    const p = items[i];
    for (let j = i + 1; j < n; j++) out += p.v * items[j].v;
  }
  return out;
}
function Item(v) {
  this.v = v;
}
console.log(pairs([new Item(1), new Item(2), new Item(3)]));

function rebound(a) {
  let n = a.length;
  a = [7];
  const seen = [];
  for (let i = 0; i < n; i++) seen.push(a[i]);
  return seen;
}
console.log(rebound([1, 2, 3]));

function grown(a) {
  let n = a.length;
  n = n + 2;
  const seen = [];
  for (let i = 0; i < n; i++) seen.push(a[i]);
  return seen;
}
console.log(grown([4, 5]));

function changedInLoop(a) {
  let n = a.length;
  const seen = [];
  for (let i = 0; i < n; i++) {
    seen.push(a[i]);
    if (i === 0) n = 4;
  }
  return seen;
}
console.log(changedInLoop(["x", "y"]));

// The array grows after the length was taken: the old length still bounds it.
function growing(a) {
  const n = a.length;
  let s = 0;
  for (let i = 0; i < n; i++) {
    a.push(i);
    s += a[i];
  }
  return [s, a.length];
}
console.log(growing([10, 20, 30]));

// A failed `i >= n` proves the same as a passed `i < n`.
function backwards(a) {
  const n = a.length;
  let s = "";
  let i = 0;
  while (true) {
    if (i >= n) break;
    s += a[i];
    i++;
  }
  return s;
}
console.log(backwards(["a", "b", "c"]));
