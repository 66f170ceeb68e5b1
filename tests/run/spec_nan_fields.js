// Number fields of a tracked class keep raw f64 bits, a NaN as computed
// (possibly negative). Every way of reading it back must still see NaN.
function P(x) {
  this.x = x;
  this.y = 0.5;
}
const inf = 1 / 0;
const ps = [new P(1.5), new P(2)];
const sources = [0 / 0, -(0 / 0), inf - inf, Math.sqrt(-1), -Math.sqrt(-1), 0 * inf, -(inf * 0), Math.log(-1)];
for (let i = 0; i < sources.length; i++) {
  const p = ps[i % 2];
  p.x = sources[i];
  p.y = -p.x;
  const x = p.x;
  const y = p.y;
  console.log(i, x, y, x === x, y !== y, Object.is(x, NaN), Object.is(y, NaN), [x, y].includes(NaN), [x].indexOf(x));
  console.log(String(p.x), `${p.y}`, p.x + 1, p.y * 2, typeof p.x, isNaN(p.y), [p.x, p.y], { v: p.y });
}
// Arithmetic on the stored NaNs, stored again.
const q = new P(0 / 0);
for (let k = 0; k < 3; k++) {
  q.x = q.x * -1 + q.y;
  q.y = -q.x;
}
console.log(q.x, q.y, q.x === q.y, Object.is(q.x, q.y), [q.x, q.y].join());
