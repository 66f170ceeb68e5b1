// Object.assign sets with Set(..., true): a refused write throws. It, and
// Object.values/entries, check each key's enumerability when they reach it.
var target = Object.defineProperty({}, "ro", { value: 0, writable: false, enumerable: true });
try {
  Object.assign(target, { a: 1, ro: 2, b: 3 });
} catch (e) {
  console.log(e.constructor.name, e.message);
}
console.log(Object.keys(target), target.a, target.b);
var sealed = Object.preventExtensions({});
try {
  Object.assign(sealed, { x: 1 });
} catch (e) {
  console.log(e.constructor.name, e.message);
}
var getterOnly = Object.defineProperty({}, "g", { get: function () { return 1; } });
try {
  Object.assign(getterOnly, { g: 2 });
} catch (e) {
  console.log(e.constructor.name, e.message);
}

var src = {};
Object.defineProperty(src, "first", {
  enumerable: true,
  get: function () {
    delete src.second;
    Object.defineProperty(src, "third", { enumerable: false });
    return 1;
  },
});
src.second = 2;
src.third = 3;
console.log(Object.assign({}, src));
function fresh() {
  var o = {};
  Object.defineProperty(o, "a", {
    enumerable: true,
    get: function () {
      delete o.b;
      return "A";
    },
  });
  o.b = "B";
  o.c = "C";
  return o;
}
console.log(Object.values(fresh()), Object.entries(fresh()), Object.keys(fresh()));
