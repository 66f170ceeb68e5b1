// `a.push(v)` of a tracked array: inline when there is room, through the
// runtime when the array must grow, has holes past its dense part, or is sparse.

const a = [];
let last = 0;
for (let i = 0; i < 1000; i++) last = a.push(i * 0.5);
let s = 0;
for (let i = 0; i < a.length; i++) s += a[i];
console.log(last, a.length, s);

const holes = new Array(3);
console.log(holes.push("x"), holes.length, holes[2], holes[3]);

const far = [1];
far[5000000] = 2;
console.log(far.push(3), far.length, far[5000001]);

const mixed = [1, "two"];
mixed.push(null);
mixed.push(undefined);
mixed.push([4]);
console.log(mixed.length, String(mixed[2]), String(mixed[3]), mixed[4][0]);

let maybe;
for (let round = 0; round < 2; round++) {
  try {
    console.log("pushed", maybe.push(round));
  } catch (e) {
    console.log(e.message);
  }
  maybe = [];
}

// Pushing inside a function the array is passed to.
function fill(xs, n) {
  for (let i = 0; i < n; i++) xs.push(i);
  return xs.length;
}
const b = [9];
console.log(fill(b, 10), b[0], b[10], b[11]);

// Several values at once: appended in order, the new length returned.
const rgb = [];
for (let i = 0; i < 4; i++) {
  console.log(rgb.push(i, i * 0.5, -i));
}
console.log(rgb.length, rgb[0], rgb[4], rgb[11]);

// Reading `push` off undefined throws before the values are evaluated.
let notYet;
let evaluated = 0;
for (let round = 0; round < 2; round++) {
  try {
    console.log("pushed", notYet.push(evaluated++, evaluated++));
  } catch (e) {
    console.log(e.message, evaluated);
  }
  notYet = [];
}
