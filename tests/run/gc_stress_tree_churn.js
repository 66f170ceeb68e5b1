function build(depth) {
  if (depth === 0) return { l: null, r: null, v: 1 };
  return { l: build(depth - 1), r: build(depth - 1), v: depth };
}
function count(t) { return t === null ? 0 : 1 + count(t.l) + count(t.r); }
function sum(t) { return t === null ? 0 : t.v + sum(t.l) + sum(t.r); }
var longLived = build(10);
var acc = 0;
for (var i = 0; i < 60; i++) {
  var tmp = build(9);
  acc += count(tmp);
}
console.log(acc, count(longLived), sum(longLived));
var cache = {};
for (var j = 0; j < 50000; j++) {
  var key = "k" + (j % 64);
  cache[key] = [j, key, { j: j }];
}
var ks = 0;
for (var k in cache) ks += cache[k][0];
console.log(ks, cache.k0, cache.k63[2].j);
var parts = [];
for (var n = 0; n < 2000; n++) {
  var s = "";
  for (var m = 0; m < 10; m++) s += "abcdefghij".charAt((n * 3 + m) % 10);
  if (n % 499 === 0) parts.push(s);
}
console.log(parts.join(","));
