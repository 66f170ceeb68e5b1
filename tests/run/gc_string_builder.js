(function () {
  var parts = [];
  for (var i = 0; i < 20000; i++) parts.push(String(i % 10));
  var joined = parts.join("");
  console.log(joined.length, joined.slice(0, 25), joined.slice(-5));
})();
var s = "";
for (var j = 0; j < 20000; j++) s += j % 2 ? "b" : "a";
console.log(s.length, s.slice(100, 110), s.indexOf("bb"));
var lines = [];
for (var k = 0; k < 3000; k++) {
  var line = "row " + k + ": " + [k, k * 2, k * 3].join(",");
  if (k % 1000 === 999) lines.push(line);
}
console.log(lines);
var words = [];
for (var w = 0; w < 100000; w++) {
  var word = ("w" + w).toUpperCase().toLowerCase().slice(0, 4);
  if (w % 20000 === 0) words.push(word);
}
console.log(words);
var splitCount = 0;
for (var r = 0; r < 5000; r++) splitCount += "a,b,c,d,e,f".split(",").length;
console.log(splitCount);
