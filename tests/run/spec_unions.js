// Unions of unrelated classes: objects of classes with nothing in common
// meet in one array, field or parameter. Fields only some classes have are
// read after a shape check; methods are read from each class's prototype.
'use strict';

function Sphere(r, name) {
  this.name = name;
  this.r = r;
}
Sphere.prototype.area = function () {
  return 4 * 3.25 * this.r * this.r;
};
Sphere.prototype.describe = function () {
  return 'sphere ' + this.name;
};

function Plane(w, h) {
  this.w = w;
  this.h = h;
  this.name = 'plane';
}
Plane.prototype.area = function () {
  return this.w * this.h;
};
Plane.prototype.describe = function () {
  return 'plane ' + this.w + 'x' + this.h;
};

// Same keys in the same order as Twin: one runtime shape, two prototypes.
function Box(w, h) {
  this.w = w;
  this.h = h;
}
Box.prototype.area = function () {
  return -this.w * this.h;
};
function Twin(w, h) {
  this.w = w;
  this.h = h;
}
Twin.prototype.area = function () {
  return 1000 + this.w * this.h;
};
Twin.prototype.onlyTwin = function () {
  return 'twin ' + this.w;
};

// A Pt with a plain property `y` added has the runtime shape of a Pt2.
function Pt(x) {
  this.x = x;
}
Pt.prototype.kind = function () {
  return 'pt ' + this.x;
};
function Pt2(x, y) {
  this.x = x;
  this.y = y;
}
Pt2.prototype.kind = function () {
  return 'pt2 ' + this.x + ',' + this.y;
};

// Two kinds of item for a work list, which each hand the list the next
// item (a method of each class).
function Leaf(v) {
  this.v = v;
}
Leaf.prototype.step = function (list) {
  list.sum += this.v;
  return null;
};
function Node2(l, r) {
  this.left = l;
  this.right = r;
}
Node2.prototype.step = function (list) {
  list.items[list.n] = this.left;
  list.n++;
  return this.right;
};
const shapes = [new Sphere(1.5, 'a'), new Plane(2, 3), new Sphere(2, 'b'), new Box(4, 5), new Twin(6, 7)];
let total = 0;
for (let i = 0; i < shapes.length; i++) {
  const s = shapes[i];
  total += s.area();
  // `w` is a field of Plane, Box and Twin (at different slots), not of Sphere.
  console.log(i, s.w, s.name, s.area());
}
console.log('total', total);

// A method only some classes have: the others throw Node's TypeError.
const pair = [shapes[4], shapes[3]];
for (let i = 0; i < pair.length; i++) {
  const s = pair[i];
  try {
    console.log(s.onlyTwin());
  } catch (e) {
    console.log(e instanceof TypeError, e.message);
  }
}

// A field written through the union: classes without it get a plain
// property, after which their objects have another shape.
function grow(s, by) {
  s.w = s.w === undefined ? by : s.w + by;
  return s.w;
}
for (let round = 0; round < 3; round++) {
  for (let i = 0; i < shapes.length; i++) {
    grow(shapes[i], round + 0.5);
  }
}
let widths = '';
for (let i = 0; i < shapes.length; i++) {
  widths += ' ' + shapes[i].w;
}
console.log(widths);
console.log(shapes[0].name, shapes[0].r, shapes[0].w, shapes[3].w, shapes[3].h);
console.log(shapes[0].area(), shapes[0].describe());

// Object literals and a constructor's objects in one binding, with null.
function labelOf(x) {
  if (x === null) {
    return 'none';
  }
  return x.label + ':' + x.size;
}
const things = [{ label: 'lit', size: 1 }, new Plane(1, 1), null, { size: 2, label: 'lit2' }];
for (let i = 0; i < things.length; i++) {
  console.log(labelOf(things[i]));
}

// A union in a field: the list holds both kinds.
const list = { items: [], n: 0, sum: 0 };
let item = new Node2(new Leaf(1), new Node2(new Leaf(2), new Leaf(3.5)));
while (item !== null) {
  const next = item.step(list);
  if (next !== null) {
    item = next;
  } else if (list.n > 0) {
    list.n--;
    item = list.items[list.n];
  } else {
    item = null;
  }
}
console.log('sum', list.sum);

// Reading a missing property of the union through undefined throws.
function firstLeft(n) {
  return n.left.v;
}
console.log(firstLeft(new Node2(new Leaf(9), null)));
try {
  console.log(firstLeft(new Leaf(1)));
} catch (e) {
  console.log(e instanceof TypeError, e.message);
}

const pts = [new Pt(1), new Pt2(2, 3)];
for (let i = 0; i < pts.length; i++) {
  console.log(pts[i].kind(), pts[i].y);
}
for (let i = 0; i < pts.length; i++) {
  pts[i].y = 10 + i;
}
for (let i = 0; i < pts.length; i++) {
  console.log(pts[i].kind(), pts[i].y);
}
