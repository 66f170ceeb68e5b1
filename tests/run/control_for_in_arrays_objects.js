var arr = [10, 20, 30];
var sum = 0;
for (var i in arr) sum += arr[i];
console.log(sum);
var s = "";
for (var j in arr) s += j;
console.log(s, typeof j);
var nested = { a: { x: 1, y: 2 }, b: { z: 3 } };
var paths = [];
for (var k in nested) for (var k2 in nested[k]) paths.push(k + "." + k2 + "=" + nested[k][k2]);
console.log(paths);
var o = { a: 1, b: 2, c: 3 };
var seen = [];
for (var key in o) { seen.push(key); if (key === "a") delete o.b; }
console.log(seen);
var obj = { p: 1 };
for (var kk in obj) { if (kk === "p") continue; console.log("never"); }
var count = 0;
for (var nn in null) count++;
for (var uu in undefined) count++;
console.log(count);
for (let q in { first: 1, second: 2 }) { if (q === "second") break; console.log("q", q); }
