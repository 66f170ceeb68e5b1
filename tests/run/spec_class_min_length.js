// Every array of a class is at least as long as the shortest one it is made
// with (a literal's items, `new Array(n)`'s least n), and tracked arrays
// never shrink: an index below that is in bounds even through a field.
function Board(n) {
  this.cells = new Array(n);
  this.rows = [0, 0, 0];
}
Board.prototype.set = function (i, v) {
  this.cells[i] = v;
};
Board.prototype.get = function (i) {
  return this.cells[i];
};
Board.prototype.bump = function (r) {
  this.rows[r] += 1;
  return this.rows[r];
};
const b = new Board(4);
const big = new Board(6);
for (let i = 0; i < 4; i++) b.set(i, i * i);
console.log(b.get(0), b.get(3), big.get(5), b.bump(0), b.bump(2), b.bump(2), b.rows);
// Past the shortest length: reads stay checked, and read undefined.
for (let i = 0; i < 6; i++) console.log(i, b.get(i), big.get(i));

// Two literal sites of different lengths meet: the shorter one bounds both.
function pick(a, i) {
  return a[i];
}
const pairs = [[1, 2, 3], [4]];
for (let k = 0; k < 2; k++) {
  for (let i = 0; i < 3; i++) console.log(k, i, pick(pairs[k], i));
}

// Arrays grown past their made length keep every element.
const grown = new Array(2);
grown[0] = "a";
grown[1] = "b";
grown.push("c");
for (let i = 0; i < 4; i++) console.log(i, grown[i]);
