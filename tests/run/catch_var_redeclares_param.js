// `var e` inside `catch (e)` (Annex B.3.4): the var is hoisted to the
// function and starts undefined; inside the clause `e` is the parameter,
// which the var's initializer assigns.
try {
  throw 1;
} catch (e) {
  var e = 2;
  console.log("in catch:", e);
}
console.log("after:", e);

function inFunction() {
  console.log("before:", x);
  try {
    throw "thrown";
  } catch (x) {
    console.log("caught:", x);
    var x = "assigned";
    console.log("after var:", x);
    var read = () => x;
  }
  console.log("function var:", x, "closure:", read());
  x = "function level";
  console.log(x, read());
}
inFunction();

function withoutInitializer() {
  try {
    throw "kept";
  } catch (y) {
    var y;
    console.log(y);
  }
  return y;
}
console.log(withoutInitializer());

function forInVar() {
  try {
    throw "start";
  } catch (k) {
    for (var k in { a: 1, b: 2 }) {}
    console.log("catch param:", k);
  }
  return k;
}
console.log("function var:", forInVar());

// The var declared after the try as well: still the same function variable.
function declaredTwice() {
  try {
    throw 5;
  } catch (v) {
    var v = v + 1;
    console.log(v);
  }
  var v;
  return v;
}
console.log(declaredTwice());

// Nested clauses with the same name: the inner `var` assigns the inner parameter.
function nested() {
  try {
    throw "outer";
  } catch (e) {
    try {
      throw "inner";
    } catch (e) {
      var e = "inner assigned";
      console.log(e);
    }
    console.log(e);
  }
  return e;
}
console.log(nested());
