try {
  throw new Error("boom");
} catch (e) {
  console.log(e.message, e.name, e instanceof Error, String(e), typeof e);
}
try { throw new TypeError("bad type"); } catch (e) { console.log(e.name, e.message, e instanceof TypeError, e instanceof Error, e instanceof RangeError, String(e)); }
try { throw new RangeError("out of range"); } catch (e) { console.log(String(e), e instanceof RangeError); }
try { throw new ReferenceError("no ref"); } catch (e) { console.log(String(e), e.name); }
try { throw "a string"; } catch (e) { console.log(e, typeof e); }
try { throw 42; } catch (e) { console.log(e + 1, typeof e); }
try { throw { code: 7, msg: "obj" }; } catch (e) { console.log(e.code, e.msg, e); }
try { throw null; } catch (e) { console.log(e); }
var err = new Error();
console.log(err.message === "", String(err), err.name);
var e2 = Error("no new");
console.log(e2 instanceof Error, e2.message);
try { console.log("before"); } catch (e) { console.log("not reached"); }
console.log("done");
