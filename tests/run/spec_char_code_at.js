// `s.charCodeAt(i)` with an int32 index is read inline: one-byte and
// two-byte strings, ropes (before and after they are flattened), indices
// past either end (NaN), and the results under arithmetic and comparison.

function hash(s) {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0;
  return h;
}

function countUpper(s) {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) n++;
  }
  return n;
}

const ascii = "Hello, World";
const wide = "héllo wörld €uro 😀";
console.log(hash(ascii), hash(wide), countUpper(ascii), countUpper("ABCdef"));
for (let i = -1; i <= wide.length; i++) {
  const c = wide.charCodeAt(i);
  console.log(i, c, c === c, c + 1, typeof c);
}

// A rope built by concatenation: first read goes through the runtime
// (which flattens it), later reads see the flat copy.
let rope = "";
for (let i = 0; i < 40; i++) rope += "ab" + i;
console.log(rope.length, hash(rope), rope.charCodeAt(0), rope.charCodeAt(rope.length - 1), rope.charCodeAt(5));
let wideRope = "";
for (let i = 0; i < 30; i++) wideRope += "ü" + i + "€";
console.log(wideRope.length, hash(wideRope), wideRope.charCodeAt(1), wideRope.charCodeAt(wideRope.length - 1));

// Empty strings and the last unit.
console.log("".charCodeAt(0), "x".charCodeAt(0), "xy".charCodeAt(1), "xy".charCodeAt(2));

// Codes used as array indices and accumulated.
const counts = [];
for (let i = 0; i < 128; i++) counts.push(0);
const text = "the quick brown fox jumps over the lazy dog";
for (let i = 0; i < text.length; i++) counts[text.charCodeAt(i)]++;
console.log(counts[111], counts[32], counts[116]);
