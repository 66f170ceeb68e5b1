function recurse(n) { return recurse(n + 1) + 1; }
try {
  recurse(0);
  console.log("not reached");
} catch (e) {
  console.log(e instanceof RangeError);
  console.log(e.message);
  console.log(e.name);
}
var depth = 0;
function down() { depth++; down(); }
try { down(); } catch (e) { console.log(depth > 1000, e instanceof RangeError); }
function ping(n) { return pong(n + 1); }
function pong(n) { return ping(n + 1); }
try { ping(0); } catch (e) { console.log("mutual", String(e)); }
console.log("still running", recurseOk(50));
function recurseOk(n) { return n === 0 ? 0 : 1 + recurseOk(n - 1); }
