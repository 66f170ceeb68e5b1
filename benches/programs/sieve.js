// sieve: Sieve of Eratosthenes over a plain array of booleans. Sieves the
// numbers up to SIZE, REPS times (a fresh array each time), and prints the
// prime count and the sum of the primes. Checked against the known values of
// pi(n) and, for small sizes, against trial division.
const SIZE = 2000000; // bench:size bench:smoke 20000

const REPS = 5;

function sieve(n) {
  const flags = [];
  for (let i = 0; i <= n; i++) flags.push(true);
  flags[0] = false;
  if (n >= 1) flags[1] = false;
  for (let i = 2; i * i <= n; i++) {
    if (flags[i]) {
      for (let j = i * i; j <= n; j += i) flags[j] = false;
    }
  }
  return flags;
}

function isPrimeSlow(k) {
  if (k < 2) return false;
  for (let d = 2; d * d <= k; d++) {
    if (k % d === 0) return false;
  }
  return true;
}

// pi(n): the number of primes <= n, and (for some) their sum.
const KNOWN_COUNT = {
  "1000": 168,
  "10000": 1229,
  "20000": 2262,
  "100000": 9592,
  "1000000": 78498,
  "2000000": 148933,
  "4000000": 283146,
  "5000000": 348513,
  "10000000": 664579,
};
const KNOWN_SUM = {
  "2000000": 142913828922,
};

let count = 0;
let sum = 0;
for (let rep = 0; rep < REPS; rep++) {
  const flags = sieve(SIZE);
  let c = 0;
  let s = 0;
  for (let i = 0; i <= SIZE; i++) {
    if (flags[i]) {
      c++;
      s += i;
    }
  }
  if (rep > 0 && (c !== count || s !== sum)) {
    throw new Error(`sieve: repetition ${rep} disagrees`);
  }
  count = c;
  sum = s;
}

const knownCount = KNOWN_COUNT[String(SIZE)];
if (knownCount !== undefined && count !== knownCount) {
  throw new Error(`sieve: pi(${SIZE}) = ${count}, expected ${knownCount}`);
}
const knownSum = KNOWN_SUM[String(SIZE)];
if (knownSum !== undefined && sum !== knownSum) {
  throw new Error(`sieve: sum of primes <= ${SIZE} = ${sum}, expected ${knownSum}`);
}
if (SIZE <= 100000) {
  let c = 0;
  let s = 0;
  for (let k = 0; k <= SIZE; k++) {
    if (isPrimeSlow(k)) {
      c++;
      s += k;
    }
  }
  if (c !== count || s !== sum) {
    throw new Error(`sieve: trial division gives ${c} ${s}, sieve ${count} ${sum}`);
  }
}
console.log(`sieve: ok ${count} ${sum}`);
