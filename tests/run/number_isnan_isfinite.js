console.log(isNaN(NaN), isNaN(1), isNaN("abc"), isNaN("12"), isNaN(""), isNaN(undefined), isNaN(null), isNaN([]), isNaN({}), isNaN("  "));
console.log(isFinite(1), isFinite(Infinity), isFinite(-Infinity), isFinite(NaN), isFinite("12"), isFinite("x"), isFinite(null), isFinite(1e308 * 10));
console.log(isNaN(true), isFinite(true), isNaN([1, 2]), isNaN([3]));
var x = 0 / 0;
console.log(x !== x, isNaN(x));
var candidates = ["12", "1e5", "abc", "", " ", "Infinity", "0x1A", null, undefined, true];
var out = [];
for (var i = 0; i < candidates.length; i++) out.push(isNaN(candidates[i]) ? "N" : isFinite(candidates[i]) ? "F" : "I");
console.log(out.join(""));
function safeNum(v) { var n = Number(v); return isNaN(n) ? 0 : n; }
console.log(safeNum("5"), safeNum("five"), safeNum(undefined), safeNum(null));
