// `length` counts the parameters before the first one with a default value;
// a bound function's length is that minus the bound arguments (not below 0).
function f(a, b = 2, c) {}
console.log(f.length, f.bind(null).length, f.bind(null, 1).length, f.bind(null, 1, 2).length);
function g(a, b, c = 3) {}
console.log(g.length, g.bind(null, 1).length);
function h(a = 1, b, c) {}
console.log(h.length, h.bind(null).length);
function plain(a, b, c) {}
console.log(plain.length, plain.bind(null, 1).length);
console.log(((x, y = 1) => 0).length, ((x = 0) => 0).length, (() => 0).length);
var o = { m(p, q = 1, r) {} };
console.log(o.m.length);
console.log((function (a, b = a) {}).length);
