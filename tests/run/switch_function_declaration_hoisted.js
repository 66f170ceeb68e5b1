// The function declarations of a switch's cases exist from the switch's
// entry, whichever case it enters.
function pick(which) {
  switch (which) {
    case 0:
      function helper() {
        return "helper";
      }
      return "case 0";
    case 1:
      return helper();
    default:
      return typeof later;
    case 2:
      function later() {}
  }
}
console.log(pick(0), pick(1), pick(5));

// Made on each entry, after the discriminant is evaluated.
var made = [];
for (var i = 0; i < 2; i++) {
  switch (i) {
    case 0:
      made.push(f);
      break;
    case 1:
      made.push(f);
      function f() {
        return i;
      }
  }
}
console.log(made.length, typeof made[0], made[0] === made[1], made[1]());
