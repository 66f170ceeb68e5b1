// mapset: a Map/Set workload. Random inserts, lookups and deletes on a Map
// with integer keys, word counting in a Map with string keys, a Map keyed by
// objects, and Sets of numbers and strings (membership, deletion, union and
// intersection), iterating everything with forEach. Every result is checked
// against plain-array shadow bookkeeping; prints the operation totals and a
// hash of the iteration results.
const SIZE = 160000; // bench:size bench:smoke 3000

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

function check(cond, what) {
  if (!cond) throw new Error(`mapset: ${what}`);
}

function mix(h, v) {
  return Math.imul(h ^ (v | 0), 16777619) >>> 0;
}

const rng = new Rng(1234567);
let hash = 2166136261;

// ---- Map with integer keys against a shadow array ----
function intMap(n) {
  const range = 2 * n;
  const shadow = [];
  for (let i = 0; i < range; i++) shadow.push(undefined);
  let live = 0;
  const m = new Map();
  let hits = 0;
  for (let op = 0; op < n * 3; op++) {
    const k = rng.below(range);
    const r = rng.below(20);
    if (r < 9) {
      const v = op * 3 + 1;
      if (shadow[k] === undefined) live++;
      shadow[k] = v;
      m.set(k, v);
    } else if (r < 16) {
      const v = m.get(k);
      check(v === shadow[k], `get(${k})`);
      check(m.has(k) === (shadow[k] !== undefined), `has(${k})`);
      if (v !== undefined) hits++;
    } else {
      const existed = m.delete(k);
      check(existed === (shadow[k] !== undefined), `delete(${k})`);
      if (existed) {
        live--;
        shadow[k] = undefined;
      }
    }
  }
  check(m.size === live, `size ${m.size}, expected ${live}`);
  let keySum = 0;
  let valueSum = 0;
  let seen = 0;
  m.forEach((v, k) => {
    check(shadow[k] === v, `forEach entry ${k}`);
    keySum += k;
    valueSum += v;
    seen++;
  });
  check(seen === live, "forEach count");
  let shadowKeys = 0;
  let shadowValues = 0;
  for (let k = 0; k < range; k++) {
    if (shadow[k] !== undefined) {
      shadowKeys += k;
      shadowValues += shadow[k];
    }
  }
  check(keySum === shadowKeys && valueSum === shadowValues, "forEach sums");
  hash = mix(hash, live);
  hash = mix(hash, hits);
  hash = mix(hash, keySum % 1000003);
  hash = mix(hash, valueSum % 1000003);
  return live;
}

// ---- Map with string keys: word counting; insertion order ----
function stringMap(n) {
  const vocab = [];
  for (let i = 0; i < 5000; i++) vocab.push(`w${(i * 7919) % 10007}_${i % 13}`);
  const expected = [];
  for (let i = 0; i < vocab.length; i++) expected.push(0);
  const counts = new Map();
  const order = [];
  for (let i = 0; i < n * 2; i++) {
    const idx = rng.below(1 + rng.below(vocab.length));
    const w = vocab[idx];
    expected[idx]++;
    const c = counts.get(w);
    if (c === undefined) {
      counts.set(w, 1);
      order.push(w);
    } else {
      counts.set(w, c + 1);
    }
  }
  check(counts.size === order.length, "word map size");
  let pos = 0;
  let best = "";
  let bestCount = 0;
  counts.forEach((c, w) => {
    check(order[pos] === w, "insertion order");
    pos++;
    if (c > bestCount) {
      best = w;
      bestCount = c;
    }
  });
  for (let i = 0; i < vocab.length; i++) {
    const c = counts.get(vocab[i]);
    check(expected[i] === 0 ? c === undefined : c === expected[i], `count of ${vocab[i]}`);
  }
  // Delete every third word, re-add it: it must move to the end.
  for (let i = 0; i < order.length; i += 3) counts.delete(order[i]);
  const survivors = [];
  counts.forEach((c, w) => survivors.push(w));
  for (let i = 0; i < order.length; i += 3) counts.set(order[i], 0);
  let idx = 0;
  counts.forEach((c, w) => {
    if (idx < survivors.length) check(w === survivors[idx], "order after delete");
    else check(c === 0, "re-added entries at the end");
    idx++;
  });
  check(idx === order.length, "size after re-adding");
  hash = mix(hash, counts.size);
  hash = mix(hash, bestCount);
  for (let i = 0; i < best.length; i++) hash = mix(hash, best.charCodeAt(i));
  return counts.size;
}

// ---- Map keyed by objects ----
function Node(id) {
  this.id = id;
  this.next = null;
}
function objectMap(n) {
  const nodes = [];
  for (let i = 0; i < n; i++) nodes.push(new Node(i));
  for (let i = 0; i < n; i++) nodes[i].next = nodes[(i * 31 + 7) % n];
  const m = new Map();
  for (let i = 0; i < n; i++) m.set(nodes[i], i * 2);
  check(m.size === n, "object map size");
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const target = nodes[i].next;
    const v = m.get(target);
    check(v === target.id * 2, "object key lookup");
    sum += v;
  }
  check(m.get(new Node(0)) === undefined, "fresh object is not a key");
  for (let i = 0; i < n; i += 2) m.delete(nodes[i]);
  check(m.size === n - Math.ceil(n / 2), "object map size after delete");
  let odd = 0;
  m.forEach((v, k) => {
    check(k.id % 2 === 1 && v === k.id * 2, "object map entry");
    odd++;
  });
  hash = mix(hash, sum % 1000003);
  hash = mix(hash, odd);
  return odd;
}

// ---- Sets of numbers and strings ----
function sets(n) {
  const range = 4 * n;
  const a = new Set();
  const b = new Set();
  const inA = [];
  const inB = [];
  for (let i = 0; i < range; i++) {
    inA.push(false);
    inB.push(false);
  }
  for (let i = 0; i < n; i++) {
    const x = rng.below(range);
    a.add(x);
    inA[x] = true;
    const y = rng.below(range);
    b.add(y);
    inB[y] = true;
  }
  for (let i = 0; i < n / 4; i++) {
    const x = rng.below(range);
    check(a.delete(x) === inA[x], "set delete");
    inA[x] = false;
  }
  let countA = 0;
  let countB = 0;
  let countBoth = 0;
  let countEither = 0;
  for (let i = 0; i < range; i++) {
    if (inA[i]) countA++;
    if (inB[i]) countB++;
    if (inA[i] && inB[i]) countBoth++;
    if (inA[i] || inB[i]) countEither++;
    check(a.has(i) === inA[i], "set has");
  }
  check(a.size === countA && b.size === countB, "set sizes");
  const union = new Set();
  a.forEach((x) => union.add(x));
  b.forEach((x) => union.add(x));
  const inter = new Set();
  a.forEach((x) => {
    if (b.has(x)) inter.add(x);
  });
  check(union.size === countEither, "union size");
  check(inter.size === countBoth, "intersection size");
  // Strings: the decimal spellings of the intersection.
  const names = new Set();
  inter.forEach((x) => names.add(String(x)));
  inter.forEach((x) => names.add(String(x)));
  check(names.size === inter.size, "string set size");
  let interSum = 0;
  inter.forEach((x) => {
    check(names.has(String(x)), "string set has");
    interSum += x;
  });
  names.clear();
  check(names.size === 0, "clear");
  hash = mix(hash, union.size);
  hash = mix(hash, inter.size);
  hash = mix(hash, interSum % 1000003);
  return union.size + inter.size;
}

let total = 0;
total += intMap(SIZE);
total += stringMap(SIZE);
total += objectMap(SIZE);
total += sets(SIZE);
const result = `${total} ${hash}`;
// Recorded for the bench and smoke sizes.
const KNOWN = {
  "3000": "11880 1373207121",
  "160000": "496984 2636150068",
};
const known = KNOWN[String(SIZE)];
check(known === undefined || result === known, `got ${result}, expected ${known}`);
console.log(`mapset: ok ${result}`);
