var x = 3.14159;
for (var d = 0; d <= 10; d++) console.log(d, x.toFixed(d));
console.log((1.005).toFixed(2), (1.45).toFixed(1), (1.55).toFixed(1), (2.5).toFixed(0), (0.5).toFixed(0), (1.5).toFixed(0));
console.log((1e21).toFixed(2), (1e20).toFixed(2), (123.456).toFixed(), (-1.5).toFixed(0), (-0.0001).toFixed(2));
console.log((-1.005).toFixed(2), (0).toFixed(2), (-0).toFixed(2), (NaN).toFixed(2), (Infinity).toFixed(1));
console.log((0.000001).toFixed(7), (1e-7).toFixed(10), (123456789.123).toFixed(4), (10.235).toFixed(2));
console.log((5e-324).toFixed(3), (99.995).toFixed(2), (0.1 + 0.2).toFixed(10), (1234.5678).toFixed(1));
try { (1).toFixed(101); } catch (e) { console.log(e.name, e.message); }
var prices = [0.1, 0.125, 2.345, 2.355, 1234.5678, -9.995, 1e-10];
for (var i = 0; i < prices.length; i++) console.log(prices[i], prices[i].toFixed(2), prices[i].toFixed(0), prices[i].toFixed(4));
