function greet(greeting, punct) { return greeting + ", " + this.name + punct; }
var alice = { name: "Alice" }, bob = { name: "Bob" };
console.log(greet.call(alice, "Hello", "!"), greet.apply(bob, ["Hi", "?"]));
console.log(greet.call(alice, "Yo"));
function sum() { return 0; }
function add3(a, b, c) { return a + b + c; }
console.log(add3.apply(null, [1, 2, 3]), add3.call(null, 4, 5, 6), add3.apply(null, [1]));
var arrayLike = { 0: "a", 1: "b", length: 2 };
console.log(Array.prototype.join.call(arrayLike, "+"));
var counter = { n: 0, bump: function (by) { this.n += by; return this.n; } };
var other = { n: 100 };
console.log(counter.bump.call(other, 5), other.n, counter.n);
function Base(v) { this.v = v; this.tag = "base"; }
function Derived(v) { Base.apply(this, [v * 2]); this.tag += "+derived"; }
var d = new Derived(21);
console.log(d.v, d.tag, d);
console.log(Math.max.apply(Math, [3, 7, 1]), String.prototype.toUpperCase.call("shout"));
