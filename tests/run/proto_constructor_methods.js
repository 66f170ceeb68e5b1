function Point(x, y) {
  this.x = x;
  this.y = y;
}
Point.prototype.add = function (o) { return new Point(this.x + o.x, this.y + o.y); };
Point.prototype.len = function () { return Math.sqrt(this.x * this.x + this.y * this.y); };
Point.prototype.toString = function () { return "(" + this.x + ", " + this.y + ")"; };
var p = new Point(1, 2), q = new Point(2, 2);
var r = p.add(q);
console.log(r.x, r.y, r.len(), String(r), "" + p);
console.log(p instanceof Point, {} instanceof Point, p.constructor === Point, typeof Point.prototype.add);
console.log(p.hasOwnProperty("x"), p.hasOwnProperty("add"), "add" in p);
Point.prototype.kind = "point";
console.log(p.kind, q.kind);
p.kind = "own";
console.log(p.kind, q.kind, Point.prototype.kind);
delete p.kind;
console.log(p.kind);
Point.origin = new Point(0, 0);
console.log(Point.origin.len(), Point.origin);
console.log(r);
