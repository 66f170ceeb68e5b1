// Storage (Are We Fast Yet): stresses the allocator and garbage collector by
// building a tree of arrays, 4-way and 7 levels deep, whose leaves are arrays
// of pseudo-random length. Each iteration must create 5461 arrays.

const SIZE = 4000; // bench:size bench:smoke 3

function Random() {
  this.seed = 74755;
}
Random.prototype.next = function () {
  this.seed = ((this.seed * 1309) + 13849) & 65535;
  return this.seed;
};

function Storage() {
  this.count = 0;
}

Storage.prototype.benchmark = function () {
  const random = new Random();
  this.count = 0;
  this.buildTreeDepth(7, random);
  return this.count;
};

Storage.prototype.buildTreeDepth = function (depth, random) {
  this.count++;
  if (depth === 1) {
    return new Array(random.next() % 10 + 1);
  }
  const arr = new Array(4);
  for (let i = 0; i < 4; i++) {
    arr[i] = this.buildTreeDepth(depth - 1, random);
  }
  return arr;
};

function verifyResult(result) {
  return result === 5461;
}

const bench = new Storage();
let checksum = 0;
for (let iter = 0; iter < SIZE; iter++) {
  const result = bench.benchmark();
  if (!verifyResult(result)) {
    throw new Error(`storage: wrong result ${result} in iteration ${iter}`);
  }
  checksum += result;
}
console.log(`storage: ok ${checksum}`);
