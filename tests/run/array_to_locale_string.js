// Array.prototype.toLocaleString calls each element's toLocaleString (with
// its arguments) and joins with ","; Number.prototype.toLocaleString is
// en-US: grouped by threes, at most 3 fraction digits, rounded half up.
console.log([1234, 5678.9].toLocaleString());
console.log([1, null, undefined, "a", [2000, 3], {}].toLocaleString());
console.log([, 1234567.891].toLocaleString());
console.log([].toLocaleString(), [null].toLocaleString());
const a = [1000];
a.push(a);
console.log(a.toLocaleString());
console.log(Array.prototype.toLocaleString.call({ length: 2, 0: 1234, 1: "x" }));
console.log([{ toLocaleString(x, y) { return typeof x + "/" + typeof y; } }].toLocaleString("en", { style: "decimal" }));
console.log([{ toLocaleString() { return 7; } }, true].toLocaleString());
console.log(Array.prototype.toLocaleString.length, Array.prototype.toLocaleString.name);
try {
  [Object.create(null)].toLocaleString();
} catch (e) {
  console.log(e.name, e.message);
}
try {
  [{ toLocaleString: 5 }].toLocaleString();
} catch (e) {
  console.log(e.name, e.message);
}
const numbers = [1234, 5678.9, 1.0005, 0.0005, 0.00049, 1.2345e21, 1e21, NaN, Infinity, -Infinity, -0, 0,
  -1234.5678, 999.9995, 999999.9999, 1.5e-7, 123456789012345680000, 2.5, 0.1 + 0.2, 1.0015, 1.0025, 5e-324,
  -0.0001, 12345.6785, 8.345, 1.4445, 4.35, 1.005, 1e100];
for (let i = 0; i < numbers.length; i++) console.log(numbers[i], numbers[i].toLocaleString());
console.log(numbers.toLocaleString());
