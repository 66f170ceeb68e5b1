// String, Number, parseInt, parseFloat, isNaN, isFinite and Boolean of the
// built-ins with primitive arguments have known result types; an object
// argument (whose toString may run) keeps the call generic.
'use strict';
const vals = [0, -0, 1.5, NaN, Infinity, -2];
const out = [];
for (let i = 0; i < vals.length; i++) {
  const v = vals[i];
  out.push(String(v));
  out.push(String(Number(String(v)) * 2));
}
console.log(out.join(' '));
const strs = ['12px', '  7 ', 'x', '', '0x1f', '1e3', '-0'];
let acc = 0;
for (let i = 0; i < strs.length; i++) {
  const s = strs[i];
  const a = parseInt(s);
  const b = parseFloat(s);
  const c = Number(s);
  console.log(s, a, b, c, isNaN(a), isFinite(c), Boolean(s), Object.is(c, -0));
  if (a === a) acc += a;
}
console.log(acc, String(), Number(), Boolean(), String(null), String(undefined), Number(true), Number(null));
function P() { this.x = 1; }
P.prototype.toString = function () { return 'P!'; };
console.log(String(new P()), Boolean(new P()), Number({}));
