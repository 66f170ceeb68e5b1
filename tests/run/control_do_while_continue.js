var i = 0, out = [];
do {
  i++;
  if (i % 3 === 0) continue;
  out.push(i);
} while (i < 10);
console.log(out);
var n = 0;
while (true) {
  n++;
  if (n < 5) continue;
  if (n > 7) break;
  out.push("n" + n);
}
console.log(out.slice(-3), n);
var j = 100;
do j -= 7; while (j > 0);
console.log(j);
var k = 0;
for (var x = 0; x < 10; x++) {
  if (x === 2) continue;
  if (x === 8) break;
  k += x;
}
console.log(k, x);
