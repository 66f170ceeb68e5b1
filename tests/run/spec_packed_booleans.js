// Arrays of booleans the compiler keeps as one byte per element: made by
// literals, grown by push, read and written at int32 indices, moved through
// bindings, fields, calls and returns. Every line must match Node.

// Methods are set before any code runs, so the objects' layout is tracked.
function Board(n) {
  this.cells = [];
  for (let i = 0; i < n; i++) this.cells.push(false);
  this.size = n;
}
Board.prototype.toggle = function (i) {
  this.cells[i] = !this.cells[i];
  return this.cells[i];
};
Board.prototype.count = function () {
  let c = 0;
  for (let i = 0; i < this.cells.length; i++) if (this.cells[i]) c++;
  return c;
};

function sieve(n) {
  const flags = [];
  for (let i = 0; i <= n; i++) flags.push(true);
  flags[0] = false;
  flags[1] = false;
  for (let i = 2; i * i <= n; i++) {
    if (flags[i]) {
      for (let j = i * i; j <= n; j += i) flags[j] = false;
    }
  }
  return flags;
}

const flags = sieve(100);
let primes = 0;
let firstPrimes = "";
for (let i = 0; i < flags.length; i++) {
  if (flags[i]) {
    primes++;
    if (primes <= 10) firstPrimes += i + " ";
  }
}
console.log("primes below 101:", primes, firstPrimes);
console.log("length", flags.length);
// Past the end, before the start: undefined.
console.log(flags[101], flags[1000], flags[-1], flags[-2147483648], flags[2147483647]);
console.log(typeof flags[101], flags[101] === undefined, flags[97] === true, flags[96] === false);
// Keys that are numbers but not int32s: an element when integral, else undefined.
const half = primes / 50;
console.log(flags[half], flags[half * 6], flags[-0], flags[0 / 0], flags[1e10], flags[primes / 5 - 2]);

// A literal, pushes of several values, the lengths push returns.
const bits = [true, false, true];
console.log(bits.length, bits.push(false), bits.push(true, true), bits.length);
let text = "";
for (let i = 0; i < bits.length; i++) text += bits[i] ? "1" : "0";
console.log(text);

// Writes: overwrite, and append at the end (a[a.length] = v).
bits[1] = true;
bits[bits.length] = false;
bits[bits.length] = true;
text = "";
for (let i = 0; i < bits.length; i++) text += bits[i] ? "1" : "0";
console.log(text, bits.length);

// Elements as numbers and in comparisons.
let sum = 0;
for (let i = 0; i < bits.length; i++) sum += bits[i] + 1;
console.log(sum, bits[0] == 1, bits[1] === true, !bits[5]);

// An empty literal; growth across many capacity doublings.
const big = [];
for (let i = 0; i < 300000; i++) big.push(i % 7 === 3);
let sevens = 0;
for (let i = 0; i < big.length; i++) if (big[i]) sevens++;
console.log(big.length, sevens);

// Rows of a grid: arrays of packed arrays, stored and read back.
function grid(w, h) {
  const rows = [];
  for (let y = 0; y < h; y++) {
    const row = [];
    for (let x = 0; x < w; x++) row.push((x + y) % 3 === 0);
    rows.push(row);
  }
  return rows;
}
const g = grid(7, 4);
for (let y = 0; y < g.length; y++) {
  let line = "";
  for (let x = 0; x < g[y].length; x++) line += g[y][x] ? "#" : ".";
  console.log(line);
}
function invert(rows) {
  for (let y = 0; y < rows.length; y++) {
    const row = rows[y];
    for (let x = 0; x < row.length; x++) row[x] = !row[x];
  }
}
invert(g);
console.log(g[2][3], g[2][4], g[2][9], g[9] === undefined, g[3][6]);

// A field of a tracked object, a parameter, a return value.
const board = new Board(10);
console.log(board.toggle(3), board.toggle(4), board.toggle(3), board.count(), board.cells.length);

function countTrue(a) {
  let c = 0;
  for (let i = 0; i < a.length; i++) if (a[i]) c++;
  return c;
}
function pick(which) {
  return which ? [true, true, false] : [false];
}
console.log(countTrue(pick(true)), countTrue(pick(false)), countTrue(flags));

// Chosen by ?:, so both literals share one class.
const either = primes > 5 ? [true] : [false, false];
either.push(true);
console.log(either.length, either[0], either[1], either[2]);

// Kept alive across collections while many others are made and dropped.
const keep = [];
for (let k = 0; k < 200; k++) {
  const a = [];
  for (let i = 0; i < 1000; i++) a.push((i + k) % 5 === 0);
  if (k % 50 === 0) keep.push(a);
}
let kept = "";
for (let k = 0; k < keep.length; k++) kept += countTrue(keep[k]) + ":" + keep[k][0] + " ";
console.log(kept);

// Reads and writes through an array that may be undefined or null throw as Node does.
let maybe = undefined;
if (primes > 100) maybe = [true];
try {
  console.log(maybe[0]);
} catch (e) {
  console.log(e.name, e.message);
}
try {
  maybe[0] = true;
} catch (e) {
  console.log(e.name, e.message);
}
try {
  console.log(maybe.length);
} catch (e) {
  console.log(e.name, e.message);
}
try {
  maybe.push(true);
} catch (e) {
  console.log(e.name, e.message);
}
maybe = [false, true];
console.log(maybe[1], maybe.length);

// Loops that only push: room for every run is reserved before the loop.
function filled(start, end, inclusive) {
  const a = [true];
  if (inclusive) {
    for (let i = start; i <= end; i++) a.push(i % 3 === 0);
  } else {
    for (let i = start; i < end; i++) a.push(i % 3 === 0);
  }
  let ones = 0;
  for (let i = 0; i < a.length; i++) if (a[i]) ones++;
  return a.length + ":" + ones;
}
console.log(filled(0, 10, false), filled(0, 10, true), filled(5, 5, false), filled(5, 5, true));
console.log(filled(7, 2, true), filled(-4, 4, true), filled(-2147483648, -2147483640, false));
function pushesAfter(n) {
  const a = [];
  let k = 0;
  for (; k < n; k++) a.push(false);
  a.push(true);
  return a.length + " " + k + " " + a[n] + " " + a[n - 1];
}
console.log(pushesAfter(0), pushesAfter(1), pushesAfter(100000));
