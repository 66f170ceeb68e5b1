// A string or undefined (a string array read past its end, a `var` read
// before its assignment) keeps the arrays it is stored in tracked.
'use strict';

const WORDS = ['alpha', 'beta', 'gamma'];
function pick(i) {
  return WORDS[i];
}
const parts = [];
for (let i = 0; i < 5; i++) parts.push(pick(i));
console.log(parts.length, parts.join('+'), parts[3] === undefined, typeof parts[4]);
let chars = 0;
for (let i = 0; i < parts.length; i++) {
  const p = parts[i];
  if (p !== undefined) chars += p.length;
}
console.log(chars, pick(1) + pick(7), `${pick(9)}!`);
try {
  console.log(pick(5).length);
} catch (e) {
  console.log(e instanceof TypeError, e.message);
}

function late(flag) {
  var s;
  if (flag) s = 'set';
  return s;
}
console.log(late(true), late(false), late(false) === undefined, String(late(false)));
const kept = [late(true), late(false), 'x'];
console.log(kept.join('|'), kept.length);
