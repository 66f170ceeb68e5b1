function repeat(s, n) { var out = ""; for (var i = 0; i < n; i++) out += s; return out; }
function countOccurrences(hay, needle) {
  var count = 0, pos = hay.indexOf(needle);
  while (pos !== -1) { count++; pos = hay.indexOf(needle, pos + needle.length); }
  return count;
}
function replaceAllManual(s, from, to) {
  var out = "", i = 0, j;
  while ((j = s.indexOf(from, i)) !== -1) { out += s.slice(i, j) + to; i = j + from.length; }
  return out + s.slice(i);
}
function padLeft(s, n, ch) { s = String(s); while (s.length < n) s = ch + s; return s; }
function titleCase(s) {
  return s.split(" ").map(function (w) { return w.length ? w[0].toUpperCase() + w.slice(1).toLowerCase() : w; }).join(" ");
}
console.log(repeat("ab", 5), repeat("x", 0) === "");
console.log(countOccurrences("the cat and the hat and the bat", "the"), countOccurrences("aaaa", "aa"));
console.log(replaceAllManual("a-b-c-d", "-", "+"), replaceAllManual("foo", "x", "y"));
console.log(padLeft(7, 3, "0"), padLeft("abc", 2, "*"), padLeft(-5, 4, " ") + "|");
console.log(titleCase("hELLO wORLD  from JS"));
var csv = "name,age\nann,30\nbob,25";
var rows = csv.split("\n").map(function (line) { return line.split(","); });
console.log(rows);
console.log("a,b".split(",").concat("c").join("/").toUpperCase().replace("/", ":"));
