function g(x) {
  var log = "";
  switch (x) {
    case "a": log += "A";
    default: log += "D";
    case "b": log += "B"; break;
    case "c": log += "C";
  }
  return log;
}
console.log(g("a"), g("b"), g("c"), g("zzz"));
function h(x) {
  switch (x) {
    default: return "default";
    case 1: return "one";
  }
}
console.log(h(1), h(2));
