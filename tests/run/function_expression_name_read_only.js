// A named function expression's own name is a read-only binding: sloppy code's
// assignments to it are ignored, strict code's throw a TypeError.
var sloppy = function inner() {
  inner = 5;
  var assigned = (inner = 6);
  inner += 1;
  inner++;
  return [typeof inner, assigned];
};
console.log(sloppy());

var strict = function inner() {
  "use strict";
  var out = [];
  try {
    inner = 1;
  } catch (e) {
    out.push(e.name + ": " + e.message);
  }
  try {
    inner += 1;
  } catch (e) {
    out.push(e.name + ": " + e.message);
  }
  out.push(typeof inner);
  return out;
};
console.log(strict());

// A var or parameter of the same name is an ordinary binding.
var shadowedByVar = function inner() {
  var inner;
  inner = 3;
  return inner;
};
console.log(shadowedByVar());
var shadowedByParam = function inner(inner) {
  inner = inner * 2;
  return inner;
};
console.log(shadowedByParam(4));

// A closure inside sees the read-only binding too.
var viaClosure = function self() {
  var set = () => {
    self = null;
    return typeof self;
  };
  return set();
};
console.log(viaClosure());
// The name still refers to the function.
var fact = function f(n) {
  f = null;
  return n <= 1 ? 1 : n * f(n - 1);
};
console.log(fact(5));
