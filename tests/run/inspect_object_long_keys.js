var o = {
  firstVeryLongPropertyName: 1,
  secondVeryLongPropertyName: 2,
  thirdVeryLongPropertyName: 3,
  fourthVeryLongPropertyName: 4,
  fifthVeryLongPropertyName: 5,
  sixthVeryLongPropertyName: 6,
  seventhVeryLongPropertyName: 7,
  eighthVeryLongPropertyName: 8,
  ninthVeryLongPropertyName: 9,
  tenthVeryLongPropertyName: 10
};
console.log(o);
var small = { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, i: 9, j: 10, k: 11, l: 12, m: 13, n: 14, o: 15, p: 16, q: 17, r: 18, s: 19, t: 20, u: 21, v: 22, w: 23, x: 24, y: 25, z: 26 };
console.log(small);
var border = { alpha: "aaaaa", beta: "bbbbb", gamma: "ccccc", delta: "ddddddddddd" };
console.log(border);
var border2 = { alpha: "aaaaa", beta: "bbbbb", gamma: "ccccc", delta: "dddddddddddd" };
console.log(border2);
