function Bag() {}
Bag.prototype.items = [];
Bag.prototype.add = function (x) { this.items.push(x); return this; };
var b1 = new Bag(), b2 = new Bag();
b1.add(1); b2.add(2);
console.log(b1.items, b2.items, b1.items === b2.items);
function FixedBag() { this.items = []; }
FixedBag.prototype.add = Bag.prototype.add;
var f1 = new FixedBag(), f2 = new FixedBag();
f1.add("a"); f2.add("b");
console.log(f1.items, f2.items);
function Counter() {}
Counter.prototype.n = 0;
Counter.prototype.inc = function () { this.n++; return this.n; };
var c1 = new Counter(), c2 = new Counter();
c1.inc(); c1.inc();
console.log(c1.n, c2.n, Counter.prototype.n, c1.hasOwnProperty("n"), c2.hasOwnProperty("n"));
Counter.prototype.n = 10;
console.log(c1.n, c2.n, c2.inc());
