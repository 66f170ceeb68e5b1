// Error thrown three calls deep, first caught, then left uncaught.
function level3(x) { if (x > 2) throw new TypeError("level3 got " + x); return x; }
function level2(x) { return level3(x + 1); }
function level1(x) { return level2(x + 1); }
console.log(level1(0));
try { level1(1); } catch (e) { console.log("caught", e.message); }
console.log("now uncaught:");
level1(5);
console.log("unreachable");
function unused() { return level1(0); }
