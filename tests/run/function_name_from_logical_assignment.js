// `x ||= function () {}` (and `&&=`, `??=`) names the function after the
// identifier, as `x = function () {}` does; a member target does not.
var a;
a ||= function () {};
var b = null;
b ??= () => 0;
var c = 1;
c &&= function () {};
let d = 0;
d ||= () => {};
console.log(a.name, b.name, c.name, d.name);
var named;
named ||= function own() {};
console.log(named.name);
var o = {};
o.prop ||= function () {};
console.log("[" + o.prop.name + "]");
// Not assigned: the function is not made.
var kept = "kept";
kept ||= function () {};
console.log(kept);
