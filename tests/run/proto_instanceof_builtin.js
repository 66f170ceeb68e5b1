console.log([] instanceof Array, [] instanceof Object, {} instanceof Object, {} instanceof Array);
console.log(function () {} instanceof Function, function () {} instanceof Object);
console.log(new Error("x") instanceof Object, new TypeError("x") instanceof Error);
console.log("str" instanceof String, 5 instanceof Number, null instanceof Object);
function A() {}
function B() {}
B.prototype = new A();
var b = new B();
console.log(b instanceof B, b instanceof A, b instanceof Object, new A() instanceof B);
A.prototype.shared = "yes";
console.log(b.shared);
try { ({}) instanceof 5; } catch (e) { console.log(e.name); }
