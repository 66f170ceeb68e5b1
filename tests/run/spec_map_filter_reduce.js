// map, filter and reduce of tracked arrays with known callbacks: loops that
// call the callback directly, into new tracked arrays (or an accumulator).
'use strict';

const xs = [3, 1.5, -2, 8, 0];
const doubled = xs.map((x) => x * 2);
const idx = xs.map((x, i) => i * 10 + x);
console.log(doubled.length, doubled[0], doubled[4], idx[3]);
const big = xs.filter((x) => x > 1);
console.log(big.length, big[0], big[1], big[2], big[3]);
console.log(xs.reduce((a, x) => a + x, 0), xs.reduce((a, x) => a + x));
console.log(xs.reduce((a, x) => (x > a ? x : a)), xs.reduce((a, x, i) => a + i, 100));

// Objects in and out; the results stay tracked arrays.
function P(x, y) {
  this.x = x;
  this.y = y;
}
const pts = [new P(1, 2), new P(3, 4), new P(5, 6)];
const xsOf = pts.map((p) => p.x);
const far = pts.filter((p) => p.x + p.y > 5);
let sumX = 0;
for (let i = 0; i < xsOf.length; i++) sumX += xsOf[i];
console.log(sumX, far.length, far[0].y, far[far.length - 1].x);
const moved = pts.map((p) => new P(p.x + 1, p.y));
console.log(moved.reduce((s, p) => s + p.x * p.y, 0));
console.log(pts.reduce((acc, p) => acc.concat([p.x]), []).join('|'));

// Holes: map keeps them, filter and reduce skip them.
const holes = new Array(5);
holes[1] = 10;
holes[3] = 30;
const mh = holes.map((x) => x + 1);
console.log(mh.length, mh[0], mh[1], mh[2], mh[3], 0 in mh, 1 in mh);
console.log(holes.filter(() => true).length, holes.reduce((a, x) => a + x));
const mh2 = holes.map((x) => x * 0.5);
let walked = '';
for (let i = 0; i < mh2.length; i++) walked += mh2[i] + ' ';
console.log(walked);

// reduce with no initial value on an empty array (or only holes) throws.
const none = [];
try {
  console.log(none.reduce((a, x) => a + x));
} catch (e) {
  console.log(e instanceof TypeError, e.message);
}
try {
  console.log(new Array(3).reduce((a, x) => a + x));
} catch (e) {
  console.log(e instanceof TypeError, e.message);
}
console.log(none.reduce((a, x) => a + x, 'init'), none.map((x) => x).length, none.filter((x) => x).length);

// The callback sees the length the array had at the start; elements pushed
// while it runs are not visited.
const grow = [1, 2, 3];
const seen = grow.map((x) => {
  grow.push(x);
  return x * x;
});
console.log(seen.length, grow.length, seen[2]);

// Truthiness in filter; a callback that throws midway.
const mixed = [0, 1, NaN, 2.5, -0];
console.log(mixed.filter((x) => x).length, mixed.filter((x) => x !== x).length);
try {
  xs.map((x) => {
    if (x < 0) throw new Error('negative ' + x);
    return x;
  });
} catch (e) {
  console.log(e.message);
}

// Strings and booleans as results.
const words = ['ab', 'c', 'def'];
console.log(words.map((w) => w.length).reduce((a, n) => a + n, 0), words.map((w) => w + '!').join(' '));
console.log(words.map((w) => w.length > 1).filter((b) => b).length);
