function safe() {
  try { return undeclaredThing; } catch (e) { return e.name + ": " + e.message; }
}
console.log(safe());
var ok = 1 + 1;
console.log("ok is", ok);
console.log("about to reference an undeclared variable");
console.log(notDefinedAnywhere);
console.log("unreachable");
var alsoUnreachable = "x";
console.log(alsoUnreachable);
