var xs = [2.5, -2.5, 0.5, -0.5, 1.5, -1.5, 2.4, -2.6, 0.49999999999999994, 3, -0, 1e21, NaN, Infinity];
for (var i = 0; i < xs.length; i++) {
  var x = xs[i];
  console.log(x, Math.round(x), Math.floor(x), Math.ceil(x), Math.trunc(x), Math.sign(x));
}
console.log(Math.round(-0.4), Math.ceil(-0.1), Math.trunc(-0.1), Math.sign(-0));
console.log(Math.round("2.5"), Math.floor(null), Math.ceil(undefined), Math.trunc("x"));
var halves = [];
for (var h = -3; h <= 3; h += 0.5) halves.push(Math.round(h));
console.log(halves);
console.log(Math.round(1.005 * 100) / 100, Math.round(-1e-20), Math.floor(-1e-20), Math.ceil(1e-20));
