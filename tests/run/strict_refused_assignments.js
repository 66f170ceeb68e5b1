// Assignments that strict code may not make throw TypeError (or, for an
// undeclared global, ReferenceError), with Node's messages; sloppy code
// (tests/run/object_add_property_cache.js) still ignores them.
"use strict";
const o = Object.freeze({ a: 1 });
try { o.a = 2; } catch (e) { console.log(e instanceof TypeError, e.message); }
try { o.b = 2; } catch (e) { console.log(e instanceof TypeError, e.message); }
const g = {};
Object.defineProperty(g, "x", { get() { return 1; } });
try { g.x = 5; } catch (e) { console.log(e.message); }
const arr = Object.freeze([1, 2]);
try { arr[0] = 9; } catch (e) { console.log(e.message); }
try { "abc".foo = 1; } catch (e) { console.log(e.message); }
try { (5).bar = 1; } catch (e) { console.log(e.message); }
try { undeclaredThing = 3; } catch (e) { console.log(e instanceof ReferenceError, e.message); }
function Point(x) { this.x = x; }
const p = Object.preventExtensions(new Point(1));
try { p.y = 2; } catch (e) { console.log(e.message); }
p.x = 7;
console.log(p.x, o.a, g.x, arr[0]);
// A setter whose own assignment is refused throws inside it.
const holder = {};
Object.defineProperty(holder, "v", {
  set(x) {
    try {
      Object.freeze({ k: 1 }).k = x;
    } catch (e) {
      console.log("inner", e.message);
    }
  },
});
holder.v = 3;
// Deleting a property that stays.
const sealed = Object.freeze({ a: 1 });
try {
  delete sealed.a;
} catch (e) {
  console.log(e.message);
}
try {
  delete [1, 2].length;
} catch (e) {
  console.log(e.message);
}
try {
  delete "abc"[0];
} catch (e) {
  console.log(e.message);
}
const plain = { b: 2 };
console.log(delete plain.b, delete plain.c, Object.keys(plain).length, delete "abc".foo);
// Uncaught: Node's report on stderr and exit status 1.
const last = Object.freeze({ z: 1 });
last.z = 2;
