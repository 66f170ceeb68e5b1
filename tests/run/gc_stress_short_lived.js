// Allocate many short-lived objects, arrays and strings while keeping a small live set.
var live = [];
var checksum = 0;
for (var i = 0; i < 2000000; i++) {
  var o = { id: i, val: i % 97, next: null };
  checksum = (checksum + o.val * 3 + (o.id & 7)) % 1000000007;
  if (i % 100000 === 0) live.push(o);
}
console.log(checksum, live.length, live[live.length - 1].id);
var total = 0;
for (var r = 0; r < 20000; r++) {
  var arr = [];
  for (var k = 0; k < 20; k++) arr.push(k * r);
  var sum = arr.reduce(function (a, b) { return a + b; }, 0);
  total = (total + sum) % 1000003;
  if (r % 5000 === 0) live.push(arr);
}
console.log(total, live.length, live[live.length - 1][19]);
var strLen = 0;
var kept = "";
for (var s = 0; s < 100000; s++) {
  var str = "item" + s + ":" + (s * 7);
  strLen += str.length;
  if (s % 25000 === 0) kept += str + ";";
}
console.log(strLen, kept);
var chain = null;
for (var c = 0; c < 300000; c++) {
  var node = { v: c, prev: chain };
  chain = c % 1000 === 0 ? null : node;
}
var len = 0;
for (var p = chain; p !== null; p = p.prev) len++;
console.log(len);
console.log(live[0], live[19].id, live[20].length, live[23][1]);
