function classify(n) {
  if (n < 0) return "negative";
  else if (n === 0) return "zero";
  else if (n < 10) return "small";
  else if (n < 100) { return "medium"; }
  else return "large";
}
var xs = [-5, 0, 3, 42, 1000, NaN];
for (var i = 0; i < xs.length; i++) console.log(xs[i], classify(xs[i]));
var truthy = [0, 1, "", "0", " ", null, undefined, NaN, [], {}, -0, "false", Infinity];
var res = [];
for (var j = 0; j < truthy.length; j++) {
  if (truthy[j]) res.push("T"); else res.push("F");
}
console.log(res.join(""));
var x = 5;
if (x > 3)
  if (x > 10) console.log("big");
  else console.log("dangling else binds inner");
