// Calls of one of several known functions: methods that subclasses
// override, called on objects of the base class; each candidate's
// parameters take the arguments, and the result joins their returns.
function Shape(id) {
  this.id = id;
}
Shape.prototype.area = function () {
  return 0;
};
Shape.prototype.name = function () {
  return "shape";
};
Shape.prototype.describe = function (prefix) {
  return prefix + this.name() + "#" + this.id + " area " + this.area();
};
Shape.prototype.scaled = function (k) {
  return this.area() * k;
};

function Square(id, side) {
  Shape.call(this, id);
  this.side = side;
}
Square.prototype = Object.create(Shape.prototype);
Square.prototype.area = function () {
  return this.side * this.side;
};
Square.prototype.name = function () {
  return "square";
};

function Circle(id, r) {
  Shape.call(this, id);
  this.r = r;
}
Circle.prototype = Object.create(Shape.prototype);
Circle.prototype.area = function () {
  return 3.25 * this.r * this.r;
};

// A grandchild overriding again, and one that throws.
function Unit(id) {
  Square.call(this, id, 1);
}
Unit.prototype = Object.create(Square.prototype);
Unit.prototype.name = function () {
  return "unit";
};

function Broken(id) {
  Shape.call(this, id);
}
Broken.prototype = Object.create(Shape.prototype);
Broken.prototype.area = function () {
  throw new Error("no area for #" + this.id);
};

// A field holding one of several callbacks, set in the constructor.
function Task(name, fn) {
  this.name = name;
  this.fn = fn;
  this.runs = 0;
}
Task.prototype.run = function (x) {
  this.runs++;
  return this.fn(x, this.runs);
};
// Recursion through an overridden method.
function Node(value, next) {
  this.value = value;
  this.next = next;
}
Node.prototype.sum = function () {
  return this.value + this.next.sum();
};
function End() {
  Node.call(this, 0, null);
}
End.prototype = Object.create(Node.prototype);
End.prototype.sum = function () {
  return 0;
};
// Definitions come first: methods assigned before any code runs are settled.
const shapes = [new Square(1, 2), new Circle(2, 1.5), new Shape(3), new Unit(4), new Square(5, 46341)];
let total = 0;
for (let round = 0; round < 100; round++) {
  for (let i = 0; i < shapes.length; i++) {
    total += shapes[i].area();
  }
}
console.log(total);
for (let i = 0; i < shapes.length; i++) {
  console.log(shapes[i].describe("> "), shapes[i].scaled(2));
}

const mixed = [new Square(6, 3), new Broken(7)];
for (let i = 0; i < mixed.length; i++) {
  try {
    console.log(mixed[i].describe(""));
  } catch (e) {
    console.log("caught", e.message);
  }
}

const tasks = [
  new Task("double", function (x) {
    return x * 2;
  }),
  new Task("count", (x, n) => n),
  new Task("label", function (x, n) {
    return this === undefined ? "strict? " + x : "sloppy " + typeof this + " " + x + "/" + n;
  }),
  new Task("strict", function (x) {
    "use strict";
    return this === undefined ? "strict " + x : "not strict";
  }),
];
for (let i = 0; i < 3; i++) {
  for (let j = 0; j < tasks.length; j++) {
    console.log(tasks[j].name, tasks[j].run(i + 0.5));
  }
}

let list = new End();
for (let i = 1; i <= 50; i++) {
  list = new Node(i, list);
}
console.log(list.sum());
