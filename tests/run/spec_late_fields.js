// Objects of a tracked constructor are made in their final shape: fields
// added after code that can see the object read undefined until then.
function Late(v) {
  this.first = v;
  this.seen = this.peek();
  this.second = v * 2;
  this.after = this.peek();
}
Late.prototype.peek = function () {
  return typeof this.second + ":" + this.second;
};

// A method writes a later field before the constructor adds it.
function Early() {
  this.a = 1;
  this.init();
  this.b = this.b + 1;
}
Early.prototype.init = function () {
  this.b = 41;
};

// A field named like an inherited method, added after the object is exposed.
function Shadowed() {
  this.before = this.label();
  this.label = "own";
}
Shadowed.prototype.label = function () {
  return "method";
};

// A constructor that throws after exposing the object.
const registry = [];
function Fragile(fail) {
  this.id = registry.length;
  registry.push(this);
  if (fail) throw new Error("fragile " + this.id);
  this.ok = true;
}

// Default parameters before the fields; values reading fields already added.
function Point(x = 1, y = x + 1) {
  this.x = x;
  this.y = y;
  this.sum = this.x + this.y;
}

const late = new Late(21);
console.log(late.seen, late.after, late.second);
const early = new Early();
console.log(early.a, early.b);
const shadowed = new Shadowed();
console.log(shadowed.before, shadowed.label);
try {
  new Fragile(false);
  new Fragile(true);
} catch (e) {
  console.log(e.message);
}
console.log(registry.length, registry[0].ok, registry[1].ok, registry[1].id);
console.log(new Point().sum, new Point(5).sum, new Point(5, 5).sum);
