var counter = {
  count: 0,
  inc: function () { this.count++; return this; },
  add(n) { this.count += n; return this; },
  get() { return this.count; },
  name: "ctr"
};
console.log(counter.inc().inc().add(5).get());
var g = counter.get;
var other = { count: 99, get: g };
console.log(other.get());
var calc = {
  x: 2,
  square: function () { return this.x * this.x; },
  nested: { x: 5, square: function () { return this.x * this.x; } }
};
console.log(calc.square(), calc.nested.square(), calc["square"]());
console.log(typeof counter.inc, counter);
var m = "add";
console.log(counter[m](10).count);
