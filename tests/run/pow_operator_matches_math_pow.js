// `**` and Math.pow give V8's results, bit for bit, whether the operands are
// proven doubles (typed code) or arrive as generic values.

// A 32-bit xorshift generator: integer operations only, so every engine
// produces the same sequence.
let seed = 0x2545f491;
function nextUint32() {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return seed >>> 0;
}
function uniform() {
  return nextUint32() / 4294967296;
}

function show(x) {
  return x === 0 && 1 / x < 0 ? "-0" : String(x);
}

// Typed: both operands are numbers the solver sees as doubles.
function powTyped(x, y) {
  return x ** y;
}
function mathPowTyped(x, y) {
  return Math.pow(x, y);
}

// Generic: the operands come out of an array that also holds a string, so
// their type is unknown where `**` runs.
const cell = [0, 0, "not a number"];
function powGeneric(x, y) {
  cell[0] = x;
  cell[1] = y;
  return cell[0] ** cell[1];
}
function mathPowGeneric(x, y) {
  cell[0] = x;
  cell[1] = y;
  return Math.pow(cell[0], cell[1]);
}

let differences = 0;
let line = [];
function check(label, x, y) {
  const a = powTyped(x, y);
  const b = powGeneric(x, y);
  const c = mathPowTyped(x, y);
  const d = mathPowGeneric(x, y);
  if (show(a) !== show(b) || show(a) !== show(c) || show(a) !== show(d)) {
    differences++;
    console.log("paths differ", label, show(x), show(y), show(a), show(b), show(c), show(d));
  }
  line.push(show(a));
  if (line.length === 8) {
    console.log(label, line.join(" "));
    line = [];
  }
}
function flush(label) {
  if (line.length > 0) console.log(label, line.join(" "));
  line = [];
}

// Random positive bases and moderate exponents.
for (let i = 0; i < 2000; i++) check("random", uniform() * 10, uniform() * 20 - 10);
flush("random");
// Bases spread over many magnitudes.
for (let i = 0; i < 1000; i++) check("wide", Math.exp(uniform() * 200 - 100), uniform() * 8 - 4);
flush("wide");
// Small integers to integer powers (exact and rounded results).
for (let b = -12; b <= 12; b++) for (let e = -6; e <= 40; e += 2) check("int", b, e + (b & 1));
flush("int");
// Negative bases: integer exponents keep a sign, others give NaN.
for (let i = 0; i < 500; i++) {
  const x = -uniform() * 100;
  const e = Math.floor(uniform() * 60) - 30;
  check("negative", x, e);
  check("negative", x, e + 0.5);
}
flush("negative");
// Bases close to 1 with huge exponents (the hard cases for accuracy).
for (let i = 0; i < 500; i++) {
  const x = 1 + (uniform() - 0.5) * 1e-6;
  check("near-one", x, (uniform() - 0.5) * 1e9);
}
flush("near-one");
// Results near the edges of the double range, subnormals included.
for (let i = 0; i < 300; i++) {
  const x = 2 + uniform();
  check("edge", x, 1020 + uniform() * 10);
  check("edge", x, -1070 - uniform() * 10);
  check("edge", 1 / x, 1000 + uniform() * 100);
}
flush("edge");
// Special values.
const specials = [0, -0, 1, -1, 0.5, -0.5, 2, -2, 3, -3, 1e-300, -1e-300, 1e300, -1e300,
  5e-324, -5e-324, 1.7976931348623157e308, Infinity, -Infinity, NaN, 1 / 3, -1 / 3, 1e-10, 1e10];
for (let i = 0; i < specials.length; i++) {
  for (let j = 0; j < specials.length; j++) check("special", specials[i], specials[j]);
}
flush("special");
// Known case: the system pow rounds this one differently from V8's.
console.log(show(4.004428386688232 ** -7.778666019439697));
console.log("differences between paths:", differences);
