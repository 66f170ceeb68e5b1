// Statics on constructors, fields of subclasses written through a
// base-class record, super calls through the prototype, arrays of two
// literals meeting in one parameter, and a function read from an array as
// an unknown value then called.
function Base() {}
Base.prototype.describe = function () {
  return "base";
};
function Counter(start) {
  Base.call(this);
  this.count = start;
}
Counter.prototype = Object.create(Base.prototype);
Counter.prototype.describe = function () {
  return "counter " + Base.prototype.describe.call(this) + " " + this.count;
};
function Holder() {
  Base.call(this);
  this.pending = null;
  this.scale = 0.5;
}
Holder.prototype = Object.create(Base.prototype);
Counter.zero = function () {
  return new Counter(0);
};
Counter.from = function (n) {
  const c = Counter.zero();
  c.count = n;
  return c;
};
Counter.made = 0;

// `record` is a Base: each task writes the field only its own class has.
function step(record, kind, value) {
  if (kind === 0) {
    record.count = record.count + value;
    return record.count;
  }
  record.pending = value;
  record.scale = record.scale * 2;
  return record.pending;
}

const records = [Counter.from(5), new Holder(), Counter.zero()];
for (let round = 0; round < 3; round++) {
  for (let i = 0; i < records.length; i++) {
    const kind = i === 1 ? 1 : 0;
    console.log(i, step(records[i], kind, round + 1), records[i].describe());
  }
}
// A Base that got `pending` as a plain property, and one that never did.
const plain = new Base();
console.log(plain.pending, plain.count, plain.describe());
step(plain, 1, "late");
console.log(plain.pending, plain.scale);
Counter.made = Counter.made + 1;
console.log(Counter.made, typeof Counter.zero, Counter.from(7).count);

// Two array literals through one parameter.
function total(list) {
  let s = 0;
  for (let i = 0; i < list.length; i++) s += list[i];
  return s;
}
console.log(total([1, 2, 3]), total([0.5, 1.5]), total([]));
const grid = [[1, 2], [3.5]];
grid.push([4, 5, 6]);
console.log(total(grid[0]) + total(grid[1]) + total(grid[2]));

// A function read from an array as an unknown value, then called with a string.
function double(x) {
  return x * 2;
}
const fns = [double];
console.log(double(3));
let j = 0;
if (fns.length > 0) j = 0.5 * 0;
const g = fns[j];
console.log(g("7"), g("x"), g(2.25));
