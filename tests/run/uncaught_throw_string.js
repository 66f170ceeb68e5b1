function check(n) {
  if (n > 3) throw "too big: " + n;
  return n * 2;
}
console.log(check(1), check(3));
try { check(9); } catch (e) { console.log("caught", e); }
var total = 0;
for (var i = 0; i < 5; i++) total += i;
console.log("total", total);
throw "a thrown string";
