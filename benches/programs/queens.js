// Queens (Are We Fast Yet): solves the eight queens problem by backtracking,
// ten times per iteration, using boolean arrays for free rows and diagonals.
// Every solve must succeed; the checksum sums the row placements found.

const SIZE = 11000; // bench:size bench:smoke 5

function Queens() {
  this.freeRows = null;
  this.freeMaxs = null;
  this.freeMins = null;
  this.queenRows = null;
}

function filledArray(n, value) {
  const a = new Array(n);
  for (let i = 0; i < n; i++) {
    a[i] = value;
  }
  return a;
}

Queens.prototype.benchmark = function () {
  let result = true;
  for (let i = 0; i < 10; i++) {
    result = result && this.queens();
  }
  return result;
};

Queens.prototype.queens = function () {
  this.freeRows = filledArray(8, true);
  this.freeMaxs = filledArray(16, true);
  this.freeMins = filledArray(16, true);
  this.queenRows = filledArray(8, -1);
  return this.placeQueen(0);
};

Queens.prototype.placeQueen = function (c) {
  for (let r = 0; r < 8; r++) {
    if (this.getRowColumn(r, c)) {
      this.queenRows[r] = c;
      this.setRowColumn(r, c, false);

      if (c === 7) {
        return true;
      }
      if (this.placeQueen(c + 1)) {
        return true;
      }
      this.setRowColumn(r, c, true);
    }
  }
  return false;
};

Queens.prototype.getRowColumn = function (r, c) {
  return this.freeRows[r] && this.freeMaxs[c + r] && this.freeMins[c - r + 7];
};

Queens.prototype.setRowColumn = function (r, c, v) {
  this.freeRows[r] = v;
  this.freeMaxs[c + r] = v;
  this.freeMins[c - r + 7] = v;
};

function verifyResult(result) {
  return result === true;
}

const bench = new Queens();
let checksum = 0;
for (let iter = 0; iter < SIZE; iter++) {
  const result = bench.benchmark();
  if (!verifyResult(result)) {
    throw new Error(`queens: no solution in iteration ${iter}`);
  }
  for (let r = 0; r < 8; r++) {
    checksum += bench.queenRows[r] * (r + 1);
  }
}
console.log(`queens: ok ${checksum}`);
