// Specialized number code must keep JavaScript's semantics exactly.
function add(a, b) { return a + b; }
console.log(add(2147483647, 1), add(-2147483648, -1), add(1.5, 2));
function mul(a, b) { return a * b; }
console.log(mul(0, -1), Object.is(mul(0, -1), -0), mul(65536, 65536), mul(-3, 7));
function mod(a, b) { return a % b; }
console.log(mod(7, 2), mod(-7, 2), Object.is(mod(-4, 2), -0), mod(5.5, 2), mod(1, 0));
function div(a, b) { return a / b; }
console.log(div(1, 0), div(-1, 0), div(0, 0), div(7, 2));
function neg(x) { return -x; }
console.log(neg(0), Object.is(neg(0), -0), neg(-2147483648), neg(5));
function bits(x) { return [x | 0, x >>> 0, x >> 1, x << 3, ~x, x & 0xff, x ^ -1]; }
console.log(bits(4294967297.5), bits(-1.9), bits(1e300), bits(NaN), bits(2147483648));
let s = 0;
for (let i = 0; i < 100000; i++) s += i * i;
console.log(s);
let big = 2147483600;
for (let k = 0; k < 100; k++) big = big + 1;
console.log(big);
let counter = 0;
while (counter < 10) { counter = counter + 3; }
console.log(counter);
function cmp(a, b) { return [a < b, a <= b, a > b, a >= b, a === b, a !== b, a == b]; }
console.log(cmp(1, 2), cmp(NaN, NaN), cmp(0, -0), cmp(2.5, 2.5));
const m = [Math.sqrt(2), Math.abs(-3), Math.abs(-0), Math.floor(-1.5), Math.ceil(-0.5), Math.round(2.5), Math.round(-2.5),
  Math.round(-0.4), Math.trunc(-4.7), Math.min(), Math.max(), Math.min(1, -0, 0), Math.max(-0, 0), Math.min(3, NaN),
  Math.max(2, 7, 5), Math.pow(2, 0.5), Math.sin(1), Math.cos(1), Math.atan2(1, 2), Math.exp(1), Math.log(10),
  Math.cbrt(27), Math.log2(8), Math.log10(1000), Math.PI, Math.E];
console.log(m);
console.log(Object.is(Math.ceil(-0.5), -0), Object.is(Math.round(-0.4), -0), Object.is(Math.min(0, -0), -0));
console.log(Math.sqrt("16"), Math.abs(null), Math.floor(true), Math.max("3", 2), Math.sqrt());
const inc = { valueOf() { console.log("valueOf runs"); return 10; } };
function sub(a, b) { return a - b; }
console.log(sub(inc, 1), sub(5, "2"), sub("x", 1), sub(undefined, 1), sub(null, 1));
function lt(a, b) { return a < b; }
console.log(lt("a", "b"), lt(1, "2"), lt(inc, 20), lt(undefined, 1));
