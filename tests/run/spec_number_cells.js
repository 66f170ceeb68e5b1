// Captured bindings typed number live in their cells as raw doubles: every
// read and write from the owner and its closures agrees, -0 and NaN
// survive, and reads before initialization still throw.
'use strict';

function counter() {
  let n = 0;
  const bump = (by) => {
    n += by;
    return n;
  };
  bump(1);
  bump(0.5);
  bump(-0.5);
  return [n, bump(2), n];
}
console.log(counter().join(' '));

function special() {
  let x = 1.5;
  const set = (v) => {
    x = v;
  };
  const get = () => x;
  const seen = [];
  set(-0);
  seen.push(Object.is(get(), -0));
  set(NaN);
  seen.push(Number.isNaN(get()));
  set(1 / 0);
  seen.push(get());
  set(2 ** 53);
  seen.push(get() + 1);
  return seen.join(' ');
}
console.log(special());

// A counter in a forEach callback, as the benchmarks keep them.
function countBig(a) {
  let count = 0;
  let sum = 0.25;
  a.forEach((v) => {
    if (v > 2) {
      count += 1;
      sum += v;
    }
  });
  return count + ':' + sum;
}
console.log(countBig([1, 5, 3, 0.5, 7.5]));

// Read before initialization: the closure sees the marker and throws.
function early() {
  const read = () => late;
  let result;
  try {
    result = read();
  } catch (e) {
    result = e.name + ': ' + e.message;
  }
  let late = 2.5;
  late = late * 3;
  return result + ' / ' + read();
}
console.log(early());

// A fresh binding per iteration, each captured.
const getters = [];
for (let i = 0; i < 3; i += 0.75) {
  getters.push(() => i * 2);
}
let out = '';
for (let k = 0; k < getters.length; k++) {
  out += getters[k]() + ' ';
}
console.log(out);
