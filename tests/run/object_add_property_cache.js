// Property additions through a write site's cache: the site remembers the
// shape an addition leads to, and must still run setters and honor
// read-only, frozen and non-extensible objects that appear later. The
// objects escape (they are printed and passed around generically), so the
// writes go through the runtime's caches. Sloppy mode: refused writes are
// silently ignored.

function make(proto, a, b) {
  const o = Object.create(proto);
  o.a = a;
  o.b = b;
  return o;
}

const plain = {};
const made = [];
for (let i = 0; i < 5; i++) made.push(make(plain, i, i * 2));
console.log(made.map((o) => `${o.a},${o.b}`).join(" "), Object.keys(made[4]));

// A setter appears on the prototype: the next additions must call it.
let setterCalls = 0;
Object.defineProperty(plain, "b", {
  set(v) {
    setterCalls++;
    this._b = v;
  },
  get() {
    return this._b;
  },
  configurable: true,
});
const afterSetter = make(plain, 10, 20);
const again = make(plain, 11, 21);
console.log(setterCalls, afterSetter.b, again.b, Object.keys(again));

// A setter that defines the own property itself runs every time.
const defining = {};
let definingCalls = 0;
Object.defineProperty(defining, "a", {
  set(v) {
    definingCalls++;
    Object.defineProperty(this, "a", { value: v, writable: true, enumerable: true, configurable: true });
  },
  configurable: true,
});
for (let i = 0; i < 3; i++) make(defining, i, i);
console.log("defining setter calls", definingCalls);

// Another prototype, same own keys: its read-only `b` refuses the write.
const readOnly = {};
Object.defineProperty(readOnly, "b", { value: "fixed", writable: false });
const refused = make(readOnly, 1, 2);
console.log(refused.b, Object.keys(refused));
// A read-only property added to a prototype after the site cached additions.
const later = {};
for (let i = 0; i < 3; i++) make(later, i, i);
Object.defineProperty(later, "b", { value: "late", writable: false });
const refusedLater = make(later, 1, 2);
console.log(refusedLater.b, Object.keys(refusedLater));

// Non-extensible and frozen objects of a cached shape refuse additions.
function addC(o, v) {
  o.c = v;
  return o;
}
const open = [];
for (let i = 0; i < 3; i++) open.push(addC(make(plain, i, i), i));
const sealedShape = make(plain, 1, 1);
Object.preventExtensions(sealedShape);
addC(sealedShape, 5);
const frozen = Object.freeze(make(plain, 2, 2));
addC(frozen, 6);
console.log(open.map((o) => o.c).join(","), "c" in sealedShape, "c" in frozen);

// A prototype gaining a property through the cached path: objects that
// inherit from it see it at once.
const protoA = {};
const protoB = {};
const childA = Object.create(protoA);
addC(protoB, "b-c");
addC(protoA, "a-c");
console.log(childA.c, Object.keys(protoA), Object.keys(protoB));

// Many objects, many shapes through one site.
const shapes = [];
for (let i = 0; i < 200; i++) {
  const o = {};
  if (i % 3 === 0) o.x = i;
  if (i % 5 === 0) o.y = i;
  addC(o, i);
  shapes.push(Object.keys(o).join(""));
}
console.log(shapes.slice(0, 16).join(" "), shapes.length);
