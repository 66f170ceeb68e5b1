function zeros(r, c) {
  var m = [];
  for (var i = 0; i < r; i++) { var row = []; for (var j = 0; j < c; j++) row.push(0); m.push(row); }
  return m;
}
function identity(n) { var m = zeros(n, n); for (var i = 0; i < n; i++) m[i][i] = 1; return m; }
function mul(a, b) {
  var r = zeros(a.length, b[0].length);
  for (var i = 0; i < a.length; i++)
    for (var j = 0; j < b[0].length; j++) {
      var s = 0;
      for (var k = 0; k < b.length; k++) s += a[i][k] * b[k][j];
      r[i][j] = s;
    }
  return r;
}
function transpose(m) { return m[0].map(function (_, j) { return m.map(function (row) { return row[j]; }); }); }
function dot(u, v) { var s = 0; for (var i = 0; i < u.length; i++) s += u[i] * v[i]; return s; }
function norm(v) { return Math.sqrt(dot(v, v)); }
function matVec(m, v) { return m.map(function (row) { return dot(row, v); }); }
function det(m) {
  if (m.length === 1) return m[0][0];
  if (m.length === 2) return m[0][0] * m[1][1] - m[0][1] * m[1][0];
  var d = 0;
  for (var c = 0; c < m.length; c++) {
    var minor = m.slice(1).map(function (row) { return row.filter(function (_, j) { return j !== c; }); });
    d += (c % 2 === 0 ? 1 : -1) * m[0][c] * det(minor);
  }
  return d;
}
function power(m, n) {
  var result = identity(m.length);
  var base = m;
  while (n > 0) {
    if (n & 1) result = mul(result, base);
    base = mul(base, base);
    n >>= 1;
  }
  return result;
}
var A = [[1, 2, 3], [4, 5, 6], [7, 8, 10]];
var B = [[2, 0, 1], [1, 3, 2], [0, 1, 1]];
console.log(mul(A, B));
console.log(transpose(A));
console.log(det(A), det(B), det(identity(4)), det(mul(A, B)));
var v = [3, 4, 12];
console.log(dot(v, v), norm(v), matVec(A, v));
console.log(power([[1, 1], [1, 0]], 30)[0][1]);
var rot = [[Math.cos(Math.PI / 2), -Math.sin(Math.PI / 2)], [Math.sin(Math.PI / 2), Math.cos(Math.PI / 2)]];
var p = matVec(rot, [1, 0]);
console.log(p, p.map(function (x) { return Math.round(x * 1e6) / 1e6; }));
console.log(mul([[0.1, 0.2]], [[0.3], [0.4]]));
