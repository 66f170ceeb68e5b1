// Classes that extend others and stay tracked: inherited fields at the same
// slots, inherited and own methods called directly, objects of a class and
// of classes extending it in one array, fields added after the object is exposed.
function Shape(name) {
  this.name = name;
  this.hits = 0;
}
Shape.prototype.hit = function () {
  this.hits++;
  return this;
};
Shape.prototype.label = function () {
  return this.name + "#" + this.hits;
};

function Circle(r) {
  Shape.call(this, "circle");
  this.r = r;
}
Circle.prototype = Object.create(Shape.prototype);
Circle.prototype.constructor = Circle;
Circle.prototype.area = function () {
  return 3 * this.r * this.r;
};

function Ring(r, w) {
  Circle.call(this, r);
  this.name = "ring";
  this.w = w;
  this.hole = this.inner();
  this.thin = this.w < 2;
}
Ring.prototype = Object.create(Circle.prototype);
Ring.prototype.constructor = Ring;
Ring.prototype.inner = function () {
  return this.r - this.w + (this.thin === undefined ? 0 : 100);
};

const c = new Circle(2);
const r = new Ring(5, 1);
let total = 0;
for (let i = 0; i < 10; i++) {
  c.hit();
  r.hit().hit();
  total += c.area() + r.area() + r.inner();
}
console.log(c.label(), r.label(), total, c.hits + r.hits, r.hole, r.thin);
const list = [c, r, new Circle(1), new Ring(3, 2)];
let sum = 0;
for (let i = 0; i < list.length; i++) {
  sum += list[i].area() + list[i].hit().hits;
}
console.log(sum, list[3].label(), list[3].hole);
