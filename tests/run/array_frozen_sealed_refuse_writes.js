// Frozen and sealed arrays refuse what their attributes forbid: sloppy code
// ignores the refused assignment, strict code and the built-in methods throw
// Node's TypeErrors; length writes do not truncate a frozen array.
function attempt(name, f) {
  try {
    console.log(name, f());
  } catch (e) {
    console.log(name, e.constructor.name + ": " + e.message);
  }
}

var frozen = Object.freeze([1, 2, 3]);
frozen.length = 1;
frozen[0] = 9;
frozen[5] = 9;
delete frozen[1];
console.log("sloppy", frozen, frozen.length, Object.isFrozen(frozen), Object.isSealed(frozen));

function strictWrites(a) {
  "use strict";
  attempt("length = 1", function () { a.length = 1; return a; });
  attempt("length = same", function () { a.length = a.length; return a; });
  attempt("a[0] = 9", function () { a[0] = 9; return a; });
  attempt("a[0] = same", function () { a[0] = a[0]; return a; });
  attempt("a[5] = 9", function () { a[5] = 9; return a; });
  attempt("delete a[0]", function () { return delete a[0]; });
}
strictWrites(frozen);

var methods = {
  push: function (a) { return a.push(4); },
  pop: function (a) { return a.pop(); },
  shift: function (a) { return a.shift(); },
  unshift: function (a) { return a.unshift(0); },
  splice: function (a) { return a.splice(0, 1); },
  spliceInsert: function (a) { return a.splice(1, 0, 7); },
  spliceNothing: function (a) { return a.splice(1, 0); },
  sort: function (a) { return a.sort(function (x, y) { return y - x; }); },
  reverse: function (a) { return a.reverse(); },
  fill: function (a) { return a.fill(0); },
  copyWithin: function (a) { return a.copyWithin(0, 1); },
  copyWithinSelf: function (a) { return a.copyWithin(0, 0); },
};
for (var name in methods) {
  attempt("frozen " + name, function () { return methods[name](Object.freeze([1, 2, 3])); });
}
attempt("frozen empty push", function () { return Object.freeze([]).push(1); });
attempt("frozen empty sort", function () { return Object.freeze([]).sort(); });
attempt("frozen empty pop", function () { return Object.freeze([]).pop(); });
console.log(frozen.slice(), frozen.map(function (x) { return x * 2; }), frozen.indexOf(2), frozen.join("-"));

// Sealed: elements stay writable, none may be added or deleted.
for (var name in methods) {
  attempt("sealed " + name, function () {
    var s = Object.seal([3, 1, 2]);
    var r = methods[name](s);
    return [r, s];
  });
}
var sealed = Object.seal([1, 2, 3]);
sealed[0] = 10;
sealed[3] = 4;
delete sealed[1];
sealed.length = 0;
console.log("sealed", sealed, sealed.length, Object.isSealed(sealed), Object.isFrozen(sealed), Object.isExtensible(sealed));
(function () {
  "use strict";
  attempt("sealed length = 0", function () { sealed.length = 0; return sealed; });
  attempt("sealed delete", function () { return delete sealed[2]; });
  attempt("sealed a[3]", function () { sealed[3] = 1; return sealed; });
})();

// Not extensible: existing elements change, new ones are refused.
var closed = Object.preventExtensions([1, 2, 3]);
closed[0] = 5;
closed[3] = 4;
attempt("closed push", function () { return closed.push(1); });
attempt("closed pop", function () { return closed.pop(); });
attempt("closed unshift", function () { return closed.unshift(1); });
closed.length = 4;
console.log("closed", closed, closed.length, Object.isExtensible(closed), Object.isSealed(closed));
(function () {
  "use strict";
  attempt("closed a[7]", function () { closed[7] = 1; return closed; });
  attempt("closed a[1]", function () { closed[1] = 8; return closed; });
})();

// Holes of a frozen array stay holes.
var holey = Object.freeze([1, , 3]);
holey[1] = 2;
console.log(holey, 1 in holey, Object.keys(holey));
