// A catch parameter that a closure captures holds the exception, both in the
// catch block itself and in the closure, and each catch entry is its own binding.
try {
  throw new Error("boom");
} catch (e) {
  var read = () => e;
  console.log(e && e.message);
  console.log(read().message);
}

var closures = [];
for (var i = 0; i < 3; i++) {
  try {
    throw "exception " + i;
  } catch (e) {
    closures.push(() => e);
    console.log("in catch:", e);
  }
}
console.log(closures.map((f) => f()).join(", "));

// The closure and the catch block share the one binding.
function shared() {
  try {
    throw 1;
  } catch (e) {
    var bump = () => ++e;
    bump();
    e = e * 10;
    return [e, bump()];
  }
}
console.log(shared());

// Nested catches, each captured.
var outerRead, innerRead;
try {
  throw "outer";
} catch (e) {
  outerRead = () => e;
  try {
    throw "inner";
  } catch (e) {
    innerRead = () => e;
    console.log(e);
  }
  console.log(e);
}
console.log(outerRead(), innerRead());

// A catch parameter captured in a loop inside the catch block.
try {
  throw { n: 3 };
} catch (err) {
  var fs = [];
  for (let k = 0; k < err.n; k++) fs.push(() => err.n + k);
  console.log(fs.map((f) => f()));
}
