// Property caches that remember a hit further up the prototype chain must
// notice every change that could make the answer different.
function A() {}
A.prototype.who = function () { return "A"; };
A.prototype.size = 1;
function B() {}
B.prototype = Object.create(A.prototype);
B.prototype.constructor = B;
function C() {}
C.prototype = Object.create(B.prototype);
C.prototype.constructor = C;

function ask(o) { return o.who() + o.size; }
const c = new C();
const out = [];
for (let i = 0; i < 3; i++) out.push(ask(c));
B.prototype.who = function () { return "B"; }; // shadows A's method on an intermediate prototype
out.push(ask(c));
C.prototype.size = 3;
out.push(ask(c));
delete C.prototype.size;
delete B.prototype.who;
out.push(ask(c));
Object.setPrototypeOf(C.prototype, { who() { return "X"; }, size: 9 });
out.push(ask(c));
c.who = function () { return "own"; };
out.push(ask(c));
const d = new C();
out.push(ask(d));
Object.defineProperty(A.prototype, "size", { get() { return "getter"; }, configurable: true });
const e = Object.create(Object.create(A.prototype));
out.push(ask(e));
console.log(out.join(" "));

// Many receivers with different shapes at one site.
const shapes = [];
for (let i = 0; i < 8; i++) {
  const o = Object.create(C.prototype);
  for (let k = 0; k <= i; k++) o["f" + k] = k;
  shapes.push(o);
}
let total = "";
for (let r = 0; r < 3; r++) for (let s = 0; s < 8; s++) total += shapes[s].who();
console.log(total);
