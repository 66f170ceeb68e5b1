function Shape(name) { this.name = name; }
Shape.prototype.area = function () { return 0; };
Shape.prototype.toString = function () { return this.name + " with area " + this.area().toFixed(2); };
function Circle(r) { Shape.call(this, "circle"); this.r = r; }
Circle.prototype = new Shape("proto-circle");
Circle.prototype.area = function () { return Math.PI * this.r * this.r; };
function Rect(w, h) { Shape.call(this, "rect"); this.w = w; this.h = h; }
Rect.prototype = new Shape("proto-rect");
Rect.prototype.area = function () { return this.w * this.h; };
function Square(s) { Rect.call(this, s, s); this.name = "square"; }
Square.prototype = new Rect(0, 0);
var shapes = [new Circle(1), new Rect(2, 3), new Square(4), new Shape("blob")];
for (var i = 0; i < shapes.length; i++) console.log(String(shapes[i]));
var total = shapes.reduce(function (acc, s) { return acc + s.area(); }, 0);
console.log(total.toFixed(3));
var sq = shapes[2];
sq.area = function () { return -1; };
console.log(sq.area(), Rect.prototype.area.call(sq), String(sq));
console.log(sq instanceof Square, sq instanceof Rect, sq instanceof Shape, sq instanceof Circle);
console.log(shapes[0], shapes[2]);
