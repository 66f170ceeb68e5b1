var fs = [];
for (let i = 0; i < 3; i++) fs.push(function () { return i; });
console.log(fs[0](), fs[1](), fs[2]());
var gs = [];
for (var j = 0; j < 3; j++) gs.push(function () { return j; });
console.log(gs[0](), gs[1](), gs[2]());
var hs = [];
for (let k = 0; k < 3; k++) { hs.push(function () { return k++; }); }
console.log(hs[0](), hs[0](), hs[1]());
var ws = [];
let w = 0;
while (w < 3) { let copy = w; ws.push(function () { return copy; }); w++; }
console.log(ws.map(function (f) { return f(); }));
var ins = [];
for (let a = 0; a < 2; a++) for (let b = 0; b < 2; b++) ins.push(function () { return a + "" + b; });
console.log(ins.map(function (f) { return f(); }).join(" "));
var fi = [];
for (var key in { p: 1, q: 2 }) { let kk = key; fi.push(function () { return kk; }); }
console.log(fi[0](), fi[1]());
var li = [];
for (let key2 in { r: 1, s: 2 }) li.push(() => key2);
console.log(li[0](), li[1]());
