// Reads of number arrays inside arithmetic: past the end (or a hole) they
// are undefined, which the operators turn into NaN (or 0 for bitwise ones).

const xs = [1.5, 2, 3.25];
const sparse = [1, , 3];
let sum = 0;
for (let i = 0; i < 5; i++) sum += xs[i];
console.log(sum);
let prod = 1;
for (let i = 0; i < 3; i++) prod *= sparse[i];
console.log(prod);
let bits = 0;
for (let i = 0; i < 6; i++) bits = (bits << 1) | xs[i];
console.log(bits);
let less = 0;
for (let i = 0; i < 5; i++) if (xs[i] < 3) less++;
console.log(less);
let geq = 0;
for (let i = 0; i < 5; i++) if (!(xs[i] >= 3)) geq++;
console.log(geq);
console.log(xs[0] + xs[1], xs[2] - xs[7], xs[9] + xs[9], xs[1] / xs[3], xs[1] % 2, 1 + xs[8]);
const nan = [NaN, -0, Infinity];
console.log(nan[0] + 1, 1 / (nan[1] * 1), nan[2] - nan[2], Object.is(nan[1] + 0, 0), Object.is(nan[1] * 1, -0));
// A string next to a number-array read still concatenates.
console.log("v" + xs[0], xs[5] + "!");
