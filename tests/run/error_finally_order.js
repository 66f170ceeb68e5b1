var log = [];
function f1() {
  try { log.push("try"); return "from try"; }
  finally { log.push("finally"); }
}
console.log(f1(), log.join(","));
function f2() {
  try { return "try"; } finally { return "finally wins"; }
}
console.log(f2());
function f3() {
  try { throw new Error("x"); } catch (e) { return "catch " + e.message; } finally { log.push("f3 finally"); }
}
console.log(f3(), log[log.length - 1]);
function f4() {
  try { throw new Error("lost"); } finally { return "swallowed"; }
}
console.log(f4());
function f5() {
  for (var i = 0; i < 5; i++) {
    try { if (i === 2) break; if (i === 0) continue; log.push("body" + i); }
    finally { log.push("fin" + i); }
  }
  return i;
}
console.log(f5(), log.slice(-4).join(","));
function f6() {
  var x = 1;
  try { return x; } finally { x = 100; }
}
console.log(f6());
try {
  try { throw new Error("inner"); }
  finally { console.log("inner finally"); }
} catch (e) { console.log("outer caught", e.message); }
