// Number fields of objects that never escape hold raw doubles: integral
// values, -0, NaN and infinities must read back exactly, through literals,
// constructors and later stores.
function Acc(start) {
  this.total = start;
  this.last = 0;
}
const acc = new Acc(1);
const values = [0.5, 2, -0, NaN, Infinity, -Infinity, 3, 1e300, -7];
for (let i = 0; i < values.length; i++) {
  acc.last = values[i] * 1;
  acc.total = acc.total + 0.25;
  const v = acc.last;
  console.log(i, v, Object.is(v, -0), v === v, acc.total);
}
const lit = { a: 1, b: 0.5 };
lit.a = lit.a * 0.5;
lit.b = 4;
console.log(lit.a, lit.b, lit.a + lit.b, String(lit.b), lit.b === 4, [lit.b].indexOf(4));
let nan = { n: 0 / 0, z: -0 };
nan.z = nan.z * 1;
console.log(nan.n, Object.is(nan.z, -0), nan.n !== nan.n);
// Used as an array index and as a key after being stored as a double.
const arr = ['zero', 'one', 'two'];
const idx = { i: 0.5 };
idx.i = idx.i * 4;
console.log(arr[idx.i], idx.i.toFixed(2), `${idx.i}`);
