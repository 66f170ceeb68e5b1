// Values chosen to sit exactly on either side of Node's 80-column line-break threshold.
function mk(n) { var s = ""; for (var i = 0; i < n; i++) s += "x"; return s; }
console.log([mk(7), mk(7), mk(7), mk(7), mk(7), mk(7)]);
console.log([mk(8), mk(8), mk(8), mk(8), mk(8), mk(8)]);
console.log({ outer: { inner: { k1: mk(29), k2: "yy" } } });
console.log({ outer: { inner: { k1: mk(30), k2: "yy" } } });
console.log({ k: [1, 2, mk(52)] });
console.log({ k: [1, 2, mk(53)] });
console.log([[mk(30), mk(30)], [mk(30), mk(31)]]);
console.log({ list: [mk(20), mk(20), mk(20)], n: 1 });
