function kind(v) {
  switch (v) {
    case 1: return "number 1";
    case "1": return "string 1";
    case true: return "true";
    case null: return "null";
    case undefined: return "undefined";
    case NaN: return "NaN?";
    default: return "other:" + typeof v;
  }
}
console.log(kind(1), kind("1"), kind(true), kind(null), kind(undefined), kind(NaN), kind(0));
function day(d) {
  switch (d.toLowerCase()) {
    case "sat": case "sun": return "weekend";
    case "mon": case "tue": case "wed": case "thu": case "fri": return "weekday";
  }
  return "unknown";
}
console.log(day("SAT"), day("Wed"), day("xyz"));
var x = 5;
switch (true) {
  case x < 0: console.log("neg"); break;
  case x < 10: console.log("single digit"); break;
  default: console.log("big");
}
var calls = [];
function c(v) { calls.push(v); return v; }
switch (c(3)) { case c(1): case c(2): case c(3): calls.push("hit"); case c(4): break; }
console.log(calls.join(","));
for (var i = 0; i < 4; i++) {
  switch (i) { case 1: continue; case 2: break; }
  console.log("i", i);
}
switch (2) { case 2: let scoped = "s"; console.log(scoped); }
