// Constructors that extend others (P.call(this) and Object.create), with
// overridden and inherited methods, three levels deep.
function Shape(name) {
  this.name = name;
  this.hits = 0;
}
Shape.prototype.describe = function () {
  return this.name + " with area " + this.area();
};
Shape.prototype.area = function () {
  return 0;
};
Shape.prototype.hit = function () {
  this.hits++;
  return this;
};

function Circle(r) {
  Shape.call(this, "circle");
  this.r = r;
}
Circle.prototype = Object.create(Shape.prototype);
Circle.prototype.constructor = Circle;
Circle.prototype.area = function () {
  return Math.round(Math.PI * this.r * this.r);
};

function Square(side) {
  Shape.call(this, "square");
  this.side = side;
}
Square.prototype = Object.create(Shape.prototype);
Square.prototype.constructor = Square;
Square.prototype.area = function () {
  return this.side * this.side;
};

// A third level: fields of both ancestors first.
function Cube(side) {
  Square.call(this, side);
  this.name = "cube";
  this.depth = side;
}
Cube.prototype = Object.create(Square.prototype);
Cube.prototype.constructor = Cube;
Cube.prototype.volume = function () {
  return this.area() * this.depth;
};

const shapes = [new Circle(2), new Square(3), new Cube(4), new Shape("blob")];
let total = 0;
for (let i = 0; i < shapes.length; i++) {
  const s = shapes[i];
  s.hit().hit();
  total += s.area() + s.hits;
  console.log(s.describe(), s.hits, s instanceof Shape, s instanceof Square, s instanceof Circle);
}
console.log(total, new Cube(2).volume(), Object.keys(new Cube(1)).join(","));
console.log(Object.keys(Circle.prototype).join(","), Circle.name);

