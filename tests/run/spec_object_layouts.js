// Objects and arrays with layouts the solver proves: constructor-made and
// literal objects, typed fields, arrays of objects, nullish receivers.
function Vec(x, y) {
  this.x = x;
  this.y = y;
}

function Particle(x, y, mass) {
  const scale = mass > 1 ? 2 : 1;
  this.pos = new Vec(x, y);
  this.vel = new Vec(0, 0);
  this.mass = mass * scale;
  this.hits = 0;
  if (mass < 0) this.mass = -this.mass;
}

function step(ps, dt) {
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i];
    p.vel.x += dt / p.mass;
    p.vel.y -= dt * p.mass;
    p.pos.x += p.vel.x * dt;
    p.pos.y += p.vel.y * dt;
    if (p.pos.y < 0) {
      p.pos.y = -p.pos.y;
      p.hits++;
    }
  }
}

const ps = [new Particle(0, 10, 1), new Particle(1, 5, 2.5), new Particle(2, 1, -3)];
for (let k = 0; k < 1000; k++) step(ps, 0.01);
for (let i = 0; i < ps.length; i++) {
  const p = ps[i];
  console.log(i, p.pos.x.toFixed(6), p.pos.y.toFixed(6), p.vel.x.toFixed(6), p.hits, p.mass);
}

// A field that counts past int32 becomes a double, never wraps.
const counter = { n: 2147483640, step: 3 };
for (let i = 0; i < 5; i++) counter.n += counter.step;
console.log(counter.n, counter.n > 2147483647);

// Linked list: fields holding the class itself or null.
function Node(value, next) {
  this.value = value;
  this.next = next;
}
let list = null;
for (let i = 1; i <= 10; i++) list = new Node(i * i, list);
let sum = 0;
let length = 0;
for (let n = list; n !== null; n = n.next) {
  sum += n.value;
  length++;
}
console.log(sum, length, list == null, list.next.next.value);

// Out-of-bounds reads are undefined; a property of undefined throws Node's TypeError.
const pts = [{ x: 1, y: 2 }, { x: 3, y: 4 }];
const missing = pts[5];
console.log(missing === undefined, pts.length);
try {
  console.log(missing.x);
} catch (e) {
  console.log(e instanceof TypeError, e.message);
}
try {
  missing.y = 1;
} catch (e) {
  console.log(e.message);
}
let maybe = null;
if (pts.length > 5) maybe = pts[0];
try {
  console.log(maybe.x);
} catch (e) {
  console.log(e.message);
}

// Arrays grown by push and by writing at the end.
const squares = [];
for (let i = 0; i < 20; i++) squares.push(i * i);
squares[squares.length] = 400;
let total = 0;
for (let i = 0; i < squares.length; i++) total += squares[i];
console.log(squares.length, total, squares[3], squares[99]);

// Holes read undefined.
const holes = [1, , 3];
console.log(holes[1], holes.length, holes[0] + holes[2]);

// Missing properties come from the prototype (or are undefined).
const plain = { a: 1 };
console.log(plain.b, typeof plain.hasOwnProperty);

// A constructor whose objects escape keeps working generically.
function Box(v) {
  this.v = v;
}
const boxes = [new Box(1), new Box('two')];
console.log(boxes[0].v + 1, boxes[1].v + 1);
console.log(boxes);

// A function stored in a field, called as a method.
const calc = { k: 3, mul: function (x) { return this.k * x; } };
console.log(calc.mul(14));

// Keys that are numbers but not indices name own properties of the array.
const odd = [10, 20];
odd[-1] = 5;
odd[1.5] = 7;
console.log(odd[-1], odd[1.5], odd.length, odd[0] + odd[-1]);
