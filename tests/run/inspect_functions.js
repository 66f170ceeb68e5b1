function named() {}
var anon = function () {};
var arrow = () => 1;
var assignedNamed = function inner() {};
console.log(named, anon, arrow, assignedNamed);
console.log([named, function () {}, () => 2]);
console.log({ f: named, g: function () {}, h: () => 3, m() { return 1; } });
var o = { method: function () {} };
console.log(o.method, o);
console.log(Math.max, parseInt, [Math.min]);
function Ctor() {}
console.log(Ctor, { c: Ctor });
