console.log("line 1");
console.log("line 2", [1, 2, 3]);
function fail() { throw new Error("fatal problem"); }
console.log("about to fail");
fail();
console.log("never printed");
// (everything below the throwing call never runs)
var neverUsed = 1;
function alsoNever() { return neverUsed; }
console.log(alsoNever());
