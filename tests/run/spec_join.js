// join of tracked arrays of primitives: a string, and the array stays
// tracked (its elements keep their typed representation).
'use strict';

const nums = [1, 2.5, -0, NaN, 1e21, 3];
for (let i = 0; i < nums.length; i++) nums[i] = nums[i] * 1;
console.log(nums.join(), nums.join(' | '), nums.join(''));
let total = 0;
for (let i = 0; i < nums.length; i++) if (nums[i] === nums[i]) total += nums[i];
console.log(total);

const words = ['a', 'bc', 'def'];
const sep = '-';
console.log(words.join(sep), words.join(), words.join('').length);

const holes = new Array(4);
holes[1] = 7;
holes[3] = 0.5;
console.log('[' + holes.join(',') + ']', holes.length);

const mixed = [true, null, undefined, false];
console.log(mixed.join('/'));

const empty = [];
console.log('[' + empty.join('x') + ']', [].join().length);

// Built in a loop, joined, then used again as numbers.
function build(n) {
  const parts = [];
  for (let i = 0; i < n; i++) parts.push(i * 1.5);
  const text = parts.join(';');
  let s = 0;
  for (let i = 0; i < parts.length; i++) s += parts[i];
  return text + ' = ' + s;
}
console.log(build(5));
