// Reading past the end of an array of objects with a proven layout: the
// element is undefined and the property read throws, uncaught (exit 1).
function P(x) {
  this.x = x;
}
const ps = [new P(1), new P(2)];
let s = 0;
for (let i = 0; i <= ps.length; i++) {
  console.log(i, s);
  s += ps[i].x;
}
console.log('not reached', s);
