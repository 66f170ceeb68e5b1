var obj = {
  name: "obj",
  who: function () { return this.name; },
  inner: { name: "inner", who: function () { return this.name; } }
};
console.log(obj.who(), obj.inner.who(), obj["who"]());
var detached = obj.who;
var host = { name: "host", f: detached };
console.log(host.f());
function Person(name) {
  this.name = name;
  this.greetLater = function () { var self = this; return function () { return "hi " + self.name; }; };
  this.greetArrow = function () { return () => "hey " + this.name; };
}
var p = new Person("Pat");
console.log(p.greetLater()(), p.greetArrow()());
var m = p.greetArrow;
var other = { name: "Other", m: m };
console.log(other.m()());
function Chain() { this.v = 0; }
Chain.prototype.plus = function (n) { this.v += n; return this; };
Chain.prototype.times = function (n) { this.v *= n; return this; };
console.log(new Chain().plus(3).times(4).plus(1).v);
var arr = [function () { return this.length; }, 2, 3];
console.log(arr[0]());
