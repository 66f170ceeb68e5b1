// Permute (Are We Fast Yet): recursively generates all permutations of a
// 6-element array by swapping, counting the calls of the permute procedure.
// Each iteration must count 8660 calls.

const SIZE = 10000; // bench:size bench:smoke 5

function Permute() {
  this.count = 0;
  this.v = null;
}

Permute.prototype.benchmark = function () {
  this.count = 0;
  this.v = new Array(6);
  for (let i = 0; i < 6; i++) {
    this.v[i] = 0;
  }
  this.permute(6);
  return this.count;
};

Permute.prototype.permute = function (n) {
  this.count++;
  if (n !== 0) {
    const n1 = n - 1;
    this.permute(n1);
    for (let i = n1; i >= 0; i--) {
      this.swap(n1, i);
      this.permute(n1);
      this.swap(n1, i);
    }
  }
};

Permute.prototype.swap = function (i, j) {
  const tmp = this.v[i];
  this.v[i] = this.v[j];
  this.v[j] = tmp;
};

function verifyResult(result) {
  return result === 8660;
}

const bench = new Permute();
let checksum = 0;
for (let iter = 0; iter < SIZE; iter++) {
  const result = bench.benchmark();
  if (!verifyResult(result)) {
    throw new Error(`permute: wrong result ${result} in iteration ${iter}`);
  }
  checksum += result;
}
console.log(`permute: ok ${checksum}`);
