// Towers (Are We Fast Yet): solves the Towers of Hanoi for 13 disks with the
// piles kept as linked stacks of disk objects, counting the moves.
// Each iteration must take 8191 moves.

const SIZE = 7000; // bench:size bench:smoke 3

function TowersDisk(size) {
  this.size = size;
  this.next = null;
}

function Towers() {
  this.piles = null;
  this.movesDone = 0;
}

Towers.prototype.benchmark = function () {
  this.piles = [null, null, null];
  this.buildTowerAt(0, 13);
  this.movesDone = 0;
  this.moveDisks(13, 0, 1);
  return this.movesDone;
};

Towers.prototype.pushDisk = function (disk, pile) {
  const top = this.piles[pile];
  if (top !== null && disk.size >= top.size) {
    throw new Error('Cannot put a big disk on a smaller one');
  }
  disk.next = top;
  this.piles[pile] = disk;
};

Towers.prototype.popDiskFrom = function (pile) {
  const top = this.piles[pile];
  if (top === null) {
    throw new Error('Attempting to remove a disk from an empty pile');
  }
  this.piles[pile] = top.next;
  top.next = null;
  return top;
};

Towers.prototype.moveTopDisk = function (fromPile, toPile) {
  this.pushDisk(this.popDiskFrom(fromPile), toPile);
  this.movesDone++;
};

Towers.prototype.buildTowerAt = function (pile, disks) {
  for (let i = disks; i >= 0; i--) {
    this.pushDisk(new TowersDisk(i), pile);
  }
};

Towers.prototype.moveDisks = function (disks, fromPile, toPile) {
  if (disks === 1) {
    this.moveTopDisk(fromPile, toPile);
  } else {
    const otherPile = (3 - fromPile) - toPile;
    this.moveDisks(disks - 1, fromPile, otherPile);
    this.moveTopDisk(fromPile, toPile);
    this.moveDisks(disks - 1, otherPile, toPile);
  }
};

function verifyResult(result) {
  return result === 8191;
}

const bench = new Towers();
let checksum = 0;
for (let iter = 0; iter < SIZE; iter++) {
  const result = bench.benchmark();
  if (!verifyResult(result)) {
    throw new Error(`towers: wrong result ${result} in iteration ${iter}`);
  }
  // The tower of 14 disks (sizes 0..13) minus the 13 moved ones: pile 0 keeps
  // the largest disk, pile 1 must hold the other 13 in order.
  let disk = bench.piles[1];
  let expected = 0;
  while (disk !== null) {
    if (disk.size !== expected) {
      throw new Error(`towers: pile out of order in iteration ${iter}`);
    }
    expected++;
    disk = disk.next;
  }
  checksum += result + expected;
}
console.log(`towers: ok ${checksum}`);
