// fannkuch: the Benchmarks Game fannkuch-redux. For every permutation of
// 1..SIZE (in the benchmark's order) count the prefix reversals ("pancake
// flips") until 1 is in front; prints the alternating-sign checksum and the
// maximum number of flips, checked against the published values. The whole
// computation runs REPS times to bring the run time into range.
const SIZE = 10; // bench:size bench:smoke 7

const REPS = 2;

function fannkuch(n) {
  const perm = [];
  const perm1 = [];
  const count = [];
  for (let i = 0; i < n; i++) {
    perm.push(0);
    perm1.push(i);
    count.push(0);
  }
  let maxFlips = 0;
  let checksum = 0;
  let permCount = 0;
  let r = n;
  while (true) {
    while (r !== 1) {
      count[r - 1] = r;
      r--;
    }
    for (let i = 0; i < n; i++) perm[i] = perm1[i];
    let flips = 0;
    let k = perm[0];
    while (k !== 0) {
      let lo = 0;
      let hi = k;
      while (lo < hi) {
        const t = perm[lo];
        perm[lo] = perm[hi];
        perm[hi] = t;
        lo++;
        hi--;
      }
      flips++;
      k = perm[0];
    }
    if (flips > maxFlips) maxFlips = flips;
    checksum += permCount % 2 === 0 ? flips : -flips;
    // Next permutation: rotate the first r+1 elements left until a counter
    // has not run out.
    while (true) {
      if (r === n) return [checksum, maxFlips];
      const perm0 = perm1[0];
      for (let i = 0; i < r; i++) perm1[i] = perm1[i + 1];
      perm1[r] = perm0;
      count[r]--;
      if (count[r] > 0) break;
      r++;
    }
    permCount++;
  }
}

// Published results: [checksum, max flips].
const KNOWN = {
  "7": [228, 16],
  "8": [1616, 22],
  "9": [8629, 30],
  "10": [73196, 38],
  "11": [556355, 51],
  "12": [3968050, 65],
};

let res = fannkuch(SIZE);
for (let rep = 1; rep < REPS; rep++) {
  const again = fannkuch(SIZE);
  if (again[0] !== res[0] || again[1] !== res[1]) {
    throw new Error(`fannkuch: repetition ${rep} disagrees`);
  }
  res = again;
}
const known = KNOWN[String(SIZE)];
if (known !== undefined && (res[0] !== known[0] || res[1] !== known[1])) {
  throw new Error(`fannkuch(${SIZE}) = ${res[0]} ${res[1]}, expected ${known[0]} ${known[1]}`);
}
console.log(`fannkuch: ok ${res[0]} ${res[1]}`);
