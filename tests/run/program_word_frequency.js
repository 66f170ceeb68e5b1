var text = "It was the best of times, it was the worst of times, it was the age of wisdom, " +
  "it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity, " +
  "it was the season of Light, it was the season of Darkness, it was the spring of hope, " +
  "it was the winter of despair.";
function words(s) {
  var out = [];
  var cur = "";
  for (var i = 0; i < s.length; i++) {
    var c = s[i].toLowerCase();
    if (c >= "a" && c <= "z") cur += c;
    else if (cur !== "") { out.push(cur); cur = ""; }
  }
  if (cur !== "") out.push(cur);
  return out;
}
var ws = words(text);
var freq = {};
for (var i = 0; i < ws.length; i++) {
  var w = ws[i];
  if (w in freq) freq[w]++;
  else freq[w] = 1;
}
console.log(ws.length);
var order = [];
for (var k in freq) order.push(k + "=" + freq[k]);
console.log(order.join(" "));
var entries = [];
for (var k2 in freq) entries.push([k2, freq[k2]]);
entries.sort(function (a, b) { return b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0); });
console.log(entries.slice(0, 5));
var byLen = {};
for (var k3 in freq) {
  var L = k3.length;
  if (!byLen[L]) byLen[L] = [];
  byLen[L].push(k3);
}
for (var len in byLen) console.log(len, byLen[len].join(","));
console.log(freq);
// Letter frequency, restricted to the five most common letters.
var letters = {};
for (var c = 0; c < text.length; c++) {
  var ch = text[c].toLowerCase();
  if (ch >= "a" && ch <= "z") letters[ch] = (letters[ch] || 0) + 1;
}
var letterList = [];
for (var L2 in letters) letterList.push({ ch: L2, n: letters[L2] });
letterList.sort(function (a, b) { return b.n - a.n || (a.ch < b.ch ? -1 : 1); });
console.log(letterList.slice(0, 5).map(function (x) { return x.ch + x.n; }).join(" "));
// Bigram counts ("it was", "was the", ...).
var bigrams = {};
for (var b = 0; b + 1 < ws.length; b++) {
  var bg = ws[b] + " " + ws[b + 1];
  bigrams[bg] = (bigrams[bg] || 0) + 1;
}
var common = [];
for (var bk in bigrams) if (bigrams[bk] > 2) common.push(bk + " x" + bigrams[bk]);
console.log(common);
// Longest word and average word length.
var longestWord = ws.reduce(function (best, w) { return w.length > best.length ? w : best; }, "");
var avg = ws.reduce(function (s, w) { return s + w.length; }, 0) / ws.length;
console.log(longestWord, avg, avg.toFixed(3));
var uniqueCount = 0;
for (var u in freq) if (freq[u] === 1) uniqueCount++;
console.log("unique words:", uniqueCount, "distinct:", order.length);
