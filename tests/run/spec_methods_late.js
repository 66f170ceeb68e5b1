// Methods assigned after code has run: a call before the assignment must see
// the prototype as it is then (here: no method, a TypeError), so these
// methods are not treated as known.

function Pt(x) {
  this.x = x;
}
console.log("start");
Pt.prototype.get = function () {
  return this.x;
};

function early() {
  try {
    return new Pt(1).late();
  } catch (e) {
    return e.message;
  }
}
console.log(early());
Pt.prototype.late = function () {
  return "late " + this.x;
};
console.log(early());
console.log(new Pt(7).get());

// Replacing a method later changes what later calls see.
function Sw() {
  this.v = 1;
}
Sw.prototype.f = function () {
  return "one";
};
const w = new Sw();
console.log(w.f());
Sw.prototype.f = function () {
  return "two";
};
console.log(w.f());

// Replacing the whole prototype.
function Rp() {
  this.k = 5;
}
Rp.prototype.m = function () {
  return "old " + this.k;
};
const before = new Rp();
Rp.prototype = {
  m: function () {
    return "new " + this.k;
  },
};
console.log(before.m(), new Rp().m());
