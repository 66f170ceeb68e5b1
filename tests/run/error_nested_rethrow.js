function risky(n) {
  if (n === 1) throw new TypeError("type problem");
  if (n === 2) throw new RangeError("range problem");
  if (n === 3) throw "plain";
  return "ok" + n;
}
function handle(n) {
  try {
    try {
      return risky(n);
    } catch (e) {
      if (e instanceof TypeError) return "handled inner: " + e.message;
      throw e;
    }
  } catch (e2) {
    if (e2 instanceof Error) return "outer: " + e2.name;
    return "outer non-error: " + e2;
  }
}
for (var i = 0; i < 4; i++) console.log(handle(i));
try {
  try { throw new Error("first"); }
  catch (e) { throw new Error("second from " + e.message); }
} catch (e) { console.log(e.message); }
try {
  try { throw new Error("a"); }
  catch { console.log("caught without binding"); throw new Error("b"); }
  finally { console.log("finally runs before outer catch"); }
} catch (e) { console.log("outer got", e.message); }
var e = "outer e";
try { throw "inner e"; } catch (e) { console.log(e); }
console.log(e);
