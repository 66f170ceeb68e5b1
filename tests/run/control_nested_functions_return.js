function findFirst(grid, target) {
  for (var r = 0; r < grid.length; r++) {
    for (var c = 0; c < grid[r].length; c++) {
      if (grid[r][c] === target) return [r, c];
    }
  }
  return null;
}
var g = [[1, 2, 3], [4, 5, 6], [7, 8, 9]];
console.log(findFirst(g, 5), findFirst(g, 9), findFirst(g, 10));
function outer(n) {
  function helper(x) {
    if (x > 10) return "big";
    return inner2(x * 2);
  }
  function inner2(y) { return y > 10 ? "doubled-big:" + y : "small:" + y; }
  var results = [];
  for (var i = 0; i < n; i++) results.push(helper(i * 3));
  return results;
}
console.log(outer(5));
function noReturn() { var x = 1; }
function emptyReturn() { return; }
console.log(noReturn(), emptyReturn(), typeof noReturn());
function early(x) {
  if (x < 0) return "negative";
  while (true) {
    if (x > 100) return "overflow";
    x *= 3;
    if (x % 2 === 0) return "even " + x;
  }
}
console.log(early(-1), early(5), early(1), early(2));
