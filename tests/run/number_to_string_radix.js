console.log((255).toString(2), (255).toString(16), (255).toString(8), (255).toString(36), (255).toString());
console.log((-255).toString(2), (-255).toString(16), (0).toString(2), (-0).toString(16));
console.log((35).toString(36), (36).toString(36), (123456789).toString(36), (2 ** 32).toString(16), (2 ** 53).toString(2));
console.log((0.5).toString(2), (0.25).toString(2), (0.1).toString(2), (0.75).toString(16), (3.5).toString(8));
console.log((-0.5).toString(2), (1 / 3).toString(3), (255.5).toString(16), (0.1).toString(3));
console.log((NaN).toString(2), (Infinity).toString(16), (10).toString(10), (1e21).toString(36));
var n = 3735928559;
console.log(n.toString(16), (n | 0).toString(16), (n >>> 0).toString(2).length);
try { (10).toString(1); } catch (e) { console.log(e.name, e.message); }
try { (10).toString(37); } catch (e) { console.log(e.name, e.message); }
