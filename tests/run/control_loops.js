var s = 0;
for (var i = 1; i <= 100; i++) s += i;
console.log(s);
var n = 27, steps = 0;
while (n !== 1) { n = n % 2 ? 3 * n + 1 : n / 2; steps++; }
console.log(steps);
var k = 10, runs = 0;
do { runs++; } while (k < 5);
console.log(runs);
var d = 0;
do { d += 3; } while (d < 20);
console.log(d);
var out = [];
for (var a = 0, b = 10; a < b; a += 2, b -= 1) out.push(a + "/" + b);
console.log(out.join(" "));
var cnt = 0;
for (;;) { if (++cnt >= 7) break; }
console.log(cnt);
var primes = [];
for (var p = 2; primes.length < 15; p++) {
  var isP = true;
  for (var q = 2; q * q <= p; q++) if (p % q === 0) { isP = false; break; }
  if (isP) primes.push(p);
}
console.log(primes);
var evens = [];
for (var e = 0; e < 20; e++) { if (e % 2) continue; evens.push(e); }
console.log(evens);
