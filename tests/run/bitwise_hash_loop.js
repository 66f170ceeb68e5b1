function hash(s) {
  var h = 0;
  for (var i = 0; i < s.length; i++) {
    h = (h << 5) - h + s.charCodeAt(i);
    h = h | 0;
  }
  return h;
}
function fnv(s) {
  var h = 2166136261;
  for (var i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}
var words = ["", "a", "hello", "hello world", "The quick brown fox jumps over the lazy dog"];
for (var i = 0; i < words.length; i++) {
  console.log(hash(words[i]), fnv(words[i]), (fnv(words[i]) >>> 0).toString(16));
}
var x = 123456789;
var out = [];
for (var k = 0; k < 8; k++) {
  x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
  out.push(x >>> 0);
}
console.log(out.join(" "));
var bits = 0;
for (var b = 0; b < 32; b += 3) bits |= 1 << b;
console.log(bits, bits >>> 0, (bits >>> 0).toString(2));
