// Direct calls of known functions: arguments, `this`, recursion, exceptions.
function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
console.log(fib(20));
function two(a, b) { return [a, b]; }
console.log(two(1), two(1, 2, 3));
function sloppyThis() { return typeof this; }
function strictThis() { "use strict"; return typeof this; }
console.log(sloppyThis(), strictThis());
function thrower(n) { if (n > 2) throw new RangeError("too big: " + n); return n * 2; }
function caller(n) { try { return thrower(n) + 1; } catch (e) { return e.message; } }
console.log(caller(1), caller(5));
function depth(n) { return n === 0 ? 0 : 1 + depth(n - 1); }
console.log(depth(1000));
function counterMaker() { let c = 0; return function () { c++; return c; }; }
const next = counterMaker();
next(); next();
console.log(next());
console.log((function (x) { return x * 3; })(14));
const r = (function () { let acc = 0; for (let i = 0; i < 10; i++) acc += i; return acc; })();
console.log(r);
function retBool(x) { return x > 3; }
console.log(retBool(5), retBool(1), retBool(5) === true);
function mixed(x) { return x; }
console.log(mixed(1), mixed("s"), mixed(undefined));
function finallyReturn(x) { try { return x * 2; } finally { console.log("finally", x); } }
console.log(finallyReturn(21));
function escapes(x) { return x + 1; }
console.log([1, 2, 3].map(escapes), escapes(41));
var hoisted = later(3);
function later(v) { return v * v; }
console.log(hoisted);
function deep(n) { return deep(n + 1); }
try { deep(0); } catch (e) { console.log(e instanceof RangeError, e.message); }
