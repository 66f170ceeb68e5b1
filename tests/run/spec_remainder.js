// x % y on doubles: the integer fast path (integral operands, positive divisor)
// and fmod for the rest, including -0, NaN, infinities and values past 2^53.
const xs = [7, -7, 0, -0, 7.5, -7.5, 2147483648, -2147483649, 9007199254740993, 1e300, -1e-300, NaN, Infinity, -Infinity];
const ys = [2, -2, 3, 0.5, 1, 0, NaN, Infinity, -Infinity, 9223372036854775807, 4294967296];
let out = [];
function rem(x, y) { return x % y; }
for (let i = 0; i < xs.length; i++) for (let j = 0; j < ys.length; j++) { const r = rem(xs[i] * 1.0, ys[j] * 1.0); out.push(Object.is(r, -0) ? "-0" : String(r)); }
console.log(out.join(" "));
