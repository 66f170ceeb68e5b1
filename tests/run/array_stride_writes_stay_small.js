// Writes 1,000 indices apart leave an array mostly holes: it keeps only the
// elements written (a dense vector would span 300 million slots, 2.4 GB).
var a = [];
for (var i = 0; i < 300000; i++) a[i * 1000] = i;
console.log(a.length, a[0], a[1000], a[1001], a[299999000], a[299999001]);
console.log(999000 in a, 999001 in a, a.indexOf(299999), a.lastIndexOf(7));
var sum = 0;
for (var j = 0; j < 300000; j++) sum += a[j * 1000];
console.log(sum);
a.length = 2001;
console.log(a, a.length);

// The same at strides just under and over the old limit, and backwards.
var strides = [100, 1023, 1024, 1025, 5000];
for (var s = 0; s < strides.length; s++) {
  var b = [];
  for (var k = 0; k < 20000; k++) b[k * strides[s]] = k;
  var total = 0;
  for (var k2 = 0; k2 < 20000; k2++) total += b[k2 * strides[s]];
  console.log(strides[s], b.length, total, b[strides[s] - 1], b.indexOf(19999));
}
var back = [];
for (var n = 99999; n >= 0; n -= 7) back[n * 10] = n;
console.log(back.length, back[999990], back[70], back.indexOf(4));

// Many arrays of this kind at once.
var many = [];
for (var m = 0; m < 200; m++) {
  var c = [];
  for (var q = 0; q < 500; q++) c[q * 2000] = q;
  many.push(c);
}
console.log(many.length, many[199].length, many[199][998000], many[5][4000]);
