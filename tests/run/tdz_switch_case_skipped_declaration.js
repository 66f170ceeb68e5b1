// The cases of a switch share one scope, but a declaration in one case does
// not run when the switch enters a later case directly.
function read(which) {
  switch (which) {
    case 0:
      let x = 1.5;
      console.log("case 0:", x);
    case 1:
      return x * 2;
  }
}
console.log(read(0));
try {
  console.log(read(1));
} catch (e) {
  console.log(e.name + ": " + e.message);
}

function typeofLater(which) {
  switch (which) {
    case "a":
      const s = "declared";
      return s;
    default:
      return typeof s;
  }
}
console.log(typeofLater("a"));
try {
  console.log(typeofLater("b"));
} catch (e) {
  console.log(e.name + ": " + e.message);
}

function assignLater(which) {
  switch (which) {
    case 0:
      let v;
      break;
    case 1:
      v = 5;
      return v;
  }
  return "no assignment";
}
console.log(assignLater(0));
try {
  console.log(assignLater(1));
} catch (e) {
  console.log(e.name + ": " + e.message);
}

// Entering the same switch again resets the binding: the value of the last
// run is not visible.
var results = [];
for (var k = 0; k < 4; k++) {
  try {
    switch (k % 2) {
      case 0:
        let n = k * 10;
        results.push("set " + n);
        break;
      case 1:
        results.push("read " + n);
    }
  } catch (e) {
    results.push(e.message);
  }
}
console.log(results.join("; "));

// A closure of a case reads the binding only once the declaration ran.
function closure(which) {
  switch (which) {
    case 0:
      var get = () => y;
    case 1:
      let y = "y";
      return get ? get() : "no closure";
    case 2:
      return typeof get;
  }
}
console.log(closure(0), closure(1));
try {
  closure(2);
  var g = (function () {
    switch (0) {
      case 0:
        return () => z;
      case 1:
        let z = 1;
    }
  })();
  g();
} catch (e) {
  console.log(e.name + ": " + e.message);
}

// A case test runs in the switch scope too.
try {
  switch (1) {
    case w:
      break;
    case 2:
      let w = 1;
  }
} catch (e) {
  console.log(e.name + ": " + e.message);
}
