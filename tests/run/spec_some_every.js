// `some` and `every` of tracked arrays with known callbacks: loops that
// call the callback directly, skip holes, stop early, and see the length
// the array had when they started.
'use strict';

function Node(id) {
  this.id = id;
}
const pool = [new Node(1), new Node(2), new Node(3)];
const target = pool[1];
console.log(pool.some((n) => n === target), pool.some((n) => n.id > 5));
console.log(pool.every((n) => n.id > 0), pool.every((n) => n.id < 3));
console.log([].some((x) => x > 0), [].every((x) => x > 0));

// Truthiness of what the callback returns: numbers, NaN, strings, objects.
const nums = [0, -0, NaN, 2.5];
console.log(nums.some((x) => x), nums.every((x) => x));
console.log(nums.some((x) => x * 0), nums.some((x) => '' + x));
console.log(nums.every((x, i) => i < 4), nums.some((x, i, a) => a[i + 1] === 2.5));

// Holes are skipped; calls stop at the first answer.
const holes = new Array(5);
holes[1] = 10;
holes[3] = 30;
let visited = '';
console.log(
  holes.some((x, i) => {
    visited += i;
    return x > 20;
  }),
  visited
);
visited = '';
console.log(
  holes.every((x, i) => {
    visited += i;
    return x < 20;
  }),
  visited
);

// Elements pushed during the loop are not visited.
const grow = [1, 2];
console.log(
  grow.every((x) => {
    grow.push(x + 10);
    return x < 100;
  }),
  grow.length
);

// A callback that throws.
try {
  pool.some((n) => {
    if (n.id === 2) throw new Error('stop at ' + n.id);
    return false;
  });
} catch (e) {
  console.log(e.message);
}

// A named callback used twice, and a union of classes in the array.
function Leaf(v) {
  this.v = v;
}
const mixed = [new Node(7), new Leaf(8)];
function hasId(x) {
  return x.id !== undefined;
}
console.log(mixed.some(hasId), mixed.every(hasId), pool.every(hasId));
