// strings: a text-processing workload. Builds a large pseudo-random text by
// string concatenation (SIZE lines of words over a skewed vocabulary), then
// splits it into lines and words, counts word frequencies in an object,
// case-folds it, finds the most frequent words and re-counts them with
// indexOf/slice scans, and joins the pieces back together. Prints the word
// totals and a hash of the top words; all counts are checked against what the
// generator recorded.
const SIZE = 45000; // bench:size bench:smoke 600

function Rng(seed) {
  this.state = seed >>> 0 || 1;
}
Rng.prototype.next = function () {
  let x = this.state;
  x ^= x << 13;
  x ^= x >>> 17;
  x ^= x << 5;
  this.state = x >>> 0;
  return this.state;
};
Rng.prototype.below = function (n) {
  return this.next() % n;
};

const SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "ta", "shi", "po", "ven", "dra",
  "el", "or", "qua", "zi", "bel", "thor", "an", "ix", "mu", "sa"];

function makeVocabulary(rng, n) {
  const seen = Object.create(null);
  const words = [];
  while (words.length < n) {
    let w = "";
    const len = 1 + rng.below(3);
    for (let i = 0; i < len; i++) w += SYLLABLES[rng.below(SYLLABLES.length)];
    if (seen[w] === undefined) {
      seen[w] = true;
      words.push(w);
    }
  }
  return words;
}

function capitalize(w) {
  return w.charAt(0).toUpperCase() + w.slice(1);
}

function check(cond, what) {
  if (!cond) throw new Error(`strings: ${what}`);
}

function hashString(s, h) {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  return h;
}

const rng = new Rng(987654321);
const vocab = makeVocabulary(rng, 1500);
const generated = [];
for (let i = 0; i < vocab.length; i++) generated.push(0);

// ---- build the text with += ----
let text = "";
let totalWords = 0;
for (let line = 0; line < SIZE; line++) {
  const n = 4 + rng.below(12);
  let s = "";
  for (let i = 0; i < n; i++) {
    // Skewed choice: small indices are much more frequent.
    const idx = rng.below(1 + rng.below(vocab.length));
    generated[idx]++;
    totalWords++;
    const w = vocab[idx];
    if (i === 0) s += capitalize(w);
    else s += " " + w;
  }
  text += s + (line % 7 === 3 ? "!" : ".") + "\n";
}

// ---- split, normalise, count ----
const lower = text.toLowerCase();
const upper = text.toUpperCase();
check(upper.toLowerCase() === lower, "case round trip");
check(upper.length === text.length, "uppercase length");

const lines = lower.split("\n");
check(lines.length === SIZE + 1 && lines[SIZE] === "", "line count");
const counts = Object.create(null);
let counted = 0;
let distinct = 0;
for (let i = 0; i < SIZE; i++) {
  const line = lines[i];
  const body = line.slice(0, line.length - 1); // drop the final punctuation
  const words = body.split(" ");
  for (let j = 0; j < words.length; j++) {
    const w = words[j];
    const c = counts[w];
    if (c === undefined) {
      counts[w] = 1;
      distinct++;
    } else {
      counts[w] = c + 1;
    }
    counted++;
  }
}
check(counted === totalWords, `counted ${counted} words, generated ${totalWords}`);
let expectedDistinct = 0;
for (let i = 0; i < vocab.length; i++) {
  const c = counts[vocab[i]];
  if (generated[i] > 0) {
    expectedDistinct++;
    check(c === generated[i], `count of ${vocab[i]}: ${c}, expected ${generated[i]}`);
  } else {
    check(c === undefined, `unexpected word ${vocab[i]}`);
  }
}
check(distinct === expectedDistinct, "distinct words");

// ---- most frequent words ----
const keys = Object.keys(counts);
keys.sort((a, b) => {
  const d = counts[b] - counts[a];
  if (d !== 0) return d;
  return a < b ? -1 : a > b ? 1 : 0;
});
const top = keys.slice(0, 25);

// Re-count each top word with whole-word indexOf scans over the folded text.
function isBoundary(c) {
  return c !== c || c === 0x20 || c === 0x0a || c === 0x2e || c === 0x21;
}
for (let t = 0; t < top.length; t++) {
  const w = top[t];
  let found = 0;
  let pos = lower.indexOf(w, 0);
  while (pos !== -1) {
    if (isBoundary(lower.charCodeAt(pos - 1)) && isBoundary(lower.charCodeAt(pos + w.length))) {
      check(lower.slice(pos, pos + w.length) === w, "slice");
      found++;
    }
    pos = lower.indexOf(w, pos + 1);
  }
  check(found === counts[w], `indexOf count of ${w}: ${found}, expected ${counts[w]}`);
  // And in the uppercase text.
  const W = w.toUpperCase();
  let foundUpper = 0;
  pos = upper.lastIndexOf(W);
  while (pos !== -1) {
    if (isBoundary(upper.charCodeAt(pos - 1)) && isBoundary(upper.charCodeAt(pos + W.length))) foundUpper++;
    pos = pos === 0 ? -1 : upper.lastIndexOf(W, pos - 1);
  }
  check(foundUpper === found, `lastIndexOf count of ${W}`);
}

// ---- joins ----
check(lines.join("\n") === lower, "lines do not join back");
const firstWords = [];
let exclaimed = 0;
for (let i = 0; i < SIZE; i++) {
  const line = lines[i];
  const sp = line.indexOf(" ");
  firstWords.push(sp === -1 ? line.slice(0, line.length - 1) : line.slice(0, sp));
  if (line.endsWith("!")) exclaimed++;
}
check(exclaimed === Math.floor((SIZE + 3) / 7), "exclamation lines");
const acrostic = firstWords.map((w) => w.charAt(0)).join("");
check(acrostic.length === SIZE, "acrostic");
const csv = top.map((w) => `${w}=${counts[w]}`).join(",");
const rebuilt = text.split(" ").join(" ");
check(rebuilt === text, "split/join on spaces");

let h = hashString(csv, 2166136261);
h = hashString(acrostic, h);
const result = `${totalWords} ${distinct} ${top[0]}=${counts[top[0]]} ${h}`;
// Recorded for the bench and smoke sizes.
const KNOWN = {
  "600": "5719 1181 nesa=32 3737171361",
  "45000": "426729 1492 zielor=2297 723385999",
};
const known = KNOWN[String(SIZE)];
check(known === undefined || result === known, `got ${result}, expected ${known}`);
console.log(`strings: ok ${result}`);
