var helpers = { greet: function (n) { return "hi " + n; } };
console.log(helpers.greet("there"));
try { helpers.missing(); } catch (e) { console.log("caught:", e.message); }
var obj = { name: "thing" };
console.log("calling a missing method");
obj.missingMethod();
console.log("unreachable");
helpers.greet("again");
console.log("also unreachable");
function neverCalled() { return helpers; }
