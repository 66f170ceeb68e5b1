// A function's length/name (and prototype) were created with it: they come
// before properties added later, even when nothing had looked at them yet.
var fn = function () {};
fn.a = 1;
console.log(Object.getOwnPropertyNames(fn));
var arrow = () => {};
arrow.a = 1;
Object.defineProperty(arrow, "name", { enumerable: true });
console.log(Object.keys(arrow), Object.entries(arrow).map(function (e) { return e[0]; }));
function decl(x, y) {}
decl.extra = "e";
Object.defineProperty(decl, "length", { enumerable: true });
console.log(Object.keys(decl), decl.length);
