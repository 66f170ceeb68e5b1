var found = null;
outer: for (var i = 0; i < 5; i++) {
  for (var j = 0; j < 5; j++) {
    if (i * j === 6) { found = [i, j]; break outer; }
  }
}
console.log(found, i, j);
var pairs = [];
rows: for (var r = 0; r < 4; r++) {
  for (var c = 0; c < 4; c++) {
    if (c > r) continue rows;
    if (r === 3 && c === 1) break rows;
    pairs.push(r + "" + c);
  }
}
console.log(pairs.join(","));
var count = 0;
loop1: while (true) {
  var m = 0;
  loop2: do {
    m++;
    count++;
    if (m === 3) continue loop1;
    if (count > 10) break loop1;
  } while (m < 5);
}
console.log(count);
blk: {
  console.log("in block");
  if (count > 0) break blk;
  console.log("never");
}
console.log("after block");
var s = "";
a: for (let x = 0; x < 3; x++) { b: for (let y = 0; y < 3; y++) { if (y === x) continue a; s += x + "" + y + " "; } }
console.log(s);
