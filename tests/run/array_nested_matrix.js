function make(r, c, f) {
  var m = [];
  for (var i = 0; i < r; i++) {
    var row = [];
    for (var j = 0; j < c; j++) row.push(f(i, j));
    m.push(row);
  }
  return m;
}
var grid = make(3, 4, function (i, j) { return i * 4 + j; });
console.log(grid);
var t = make(4, 3, function (i, j) { return grid[j][i]; });
console.log(t);
var flat = [];
for (var i = 0; i < grid.length; i++) for (var j = 0; j < grid[i].length; j++) flat.push(grid[i][j]);
console.log(flat.join(","));
var deep = [1, [2, [3, [4, [5]]]]];
console.log(deep);
var jag = [[1], [2, 3], [], [4, 5, 6]];
console.log(jag.map(function (r) { return r.length; }), jag);
