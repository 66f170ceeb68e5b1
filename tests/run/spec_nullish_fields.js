// A field that starts as null and later holds an array or objects: reads of
// it (and of elements that may be missing) are "undefined or null" until the
// object types arrive, and must not make the objects generic.

function Disk(size) {
  this.size = size;
  this.next = null;
}

function Stacks() {
  this.piles = null;
  this.moves = 0;
}

Stacks.prototype.reset = function () {
  this.piles = [null, null, null];
};

Stacks.prototype.push = function (disk, pile) {
  disk.next = this.piles[pile];
  this.piles[pile] = disk;
};

Stacks.prototype.pop = function (pile) {
  const top = this.piles[pile];
  this.piles[pile] = top.next;
  top.next = null;
  this.moves++;
  return top;
};

const s = new Stacks();
s.reset();
for (let i = 5; i > 0; i--) s.push(new Disk(i), 0);
while (s.piles[0] !== null) s.push(s.pop(0), 2);
let sizes = [];
let d = s.piles[2];
while (d !== null) {
  sizes.push(d.size);
  d = d.next;
}
console.log(sizes.join(" "), s.moves);

// Missing elements read undefined, null ones null; `??` and `==` tell.
const missing = s.piles[7];
console.log(missing === undefined, s.piles[1] === null, (s.piles[1] ?? 0) === 0, missing == null);
try {
  s.piles[1].size;
} catch (e) {
  console.log(e instanceof TypeError, e.message);
}
