console.log(typeof someUndeclaredGlobal === "undefined");
if (typeof alsoMissing !== "undefined") console.log("never");
else console.log("guarded");
function describe(v) {
  switch (typeof v) {
    case "number": return isNaN(v) ? "nan" : "num:" + v;
    case "string": return "str:" + v.length;
    case "boolean": return "bool:" + v;
    case "undefined": return "undef";
    case "function": return "fn";
    case "object": return v === null ? "null" : v instanceof Array ? "array:" + v.length : "obj";
    default: return "?";
  }
}
var samples = [1, NaN, "hey", true, undefined, function () {}, null, [1, 2], { a: 1 }];
console.log(samples.map(describe));
var t = typeof typeof undefined;
console.log(t, typeof (1 + "1"), typeof (1 - "1"), typeof !1, typeof [] + "!");
var maybeFn = 5;
console.log(typeof maybeFn === "function" ? maybeFn() : "not callable");
