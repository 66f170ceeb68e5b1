// Shrinking `length` deletes elements from the end and stops at one that is
// not configurable: the length ends just past it, and strict code (and the
// built-ins, and defineProperty) throws "Cannot delete property".
function attempt(name, f) {
  try {
    console.log(name, f());
  } catch (e) {
    console.log(name, e.constructor.name + ": " + e.message);
  }
}
function pinned() {
  var a = [1, 2, 3, 4, 5];
  Object.defineProperty(a, 1, { value: 2, configurable: false, writable: true, enumerable: true });
  return a;
}

var a = pinned();
a.length = 0;
console.log(a, a.length);
a.length = 5;
a[4] = "e";
console.log(a, a.length);
a.length = 3;
console.log(a, a.length);
console.log(delete a[1], a);

attempt("strict length", function () {
  "use strict";
  var b = pinned();
  try {
    b.length = 0;
  } catch (e) {
    return [e.message, b, b.length];
  }
});
attempt("define length", function () {
  var b = pinned();
  try {
    Object.defineProperty(b, "length", { value: 0 });
  } catch (e) {
    return [e.message, b, b.length];
  }
});
attempt("splice", function () {
  var b = pinned();
  try {
    b.splice(0);
  } catch (e) {
    return [e.message, b, b.length];
  }
});
attempt("pop to pinned", function () {
  var b = pinned();
  var got = [b.pop(), b.pop(), b.pop()];
  try {
    b.pop();
  } catch (e) {
    got.push(e.message);
  }
  return [got, b, b.length];
});
attempt("shift", function () {
  var b = pinned();
  return [b.shift(), b];
});

// Several pinned elements: the highest one stops it.
var c = [0, 1, 2, 3, 4, 5, 6, 7];
Object.defineProperty(c, 2, { value: "two", configurable: false });
Object.defineProperty(c, 5, { value: "five", configurable: false });
c.length = 1;
console.log(c, c.length, Object.keys(c));

// A sparse array with a pinned element far out.
var s = [];
s[100000] = "far";
s[5] = "near";
Object.defineProperty(s, 50000, { value: "mid", configurable: false, enumerable: true });
s.length = 10;
console.log(s.length, s[5], s[50000], s[100000], Object.keys(s));
