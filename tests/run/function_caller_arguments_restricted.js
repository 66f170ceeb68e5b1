// Function.prototype has throwing `caller`/`arguments` accessors; sloppy
// functions shadow them with own null properties, everything else inherits them.
function sloppy() {}
console.log(Object.getOwnPropertyNames(sloppy));
console.log(sloppy.caller, sloppy.arguments);
var d = Object.getOwnPropertyDescriptor(sloppy, "caller");
console.log(d.value, d.writable, d.enumerable, d.configurable);
sloppy.caller = 5;
console.log(sloppy.caller);
console.log(Object.getOwnPropertyNames(Function.prototype));
var acc = Object.getOwnPropertyDescriptor(Function.prototype, "caller");
var acc2 = Object.getOwnPropertyDescriptor(Function.prototype, "arguments");
console.log(typeof acc.get, acc.get === acc.set, acc.get === acc2.get, acc.enumerable, acc.configurable);
console.log(JSON_free(acc.get.name), acc.get.length, Object.isFrozen(acc.get), Object.isExtensible(acc.get));
function JSON_free(s) { return "[" + s + "]"; }
function strict() { "use strict"; }
var others = [strict, () => 1, { m() {} }.m, sloppy.bind(null), Math.max];
for (var i = 0; i < others.length; i++) {
  var f = others[i];
  console.log(f.hasOwnProperty("caller"), f.hasOwnProperty("arguments"));
  try { f.caller; console.log("read"); } catch (e) { console.log(e.constructor.name, e.message); }
  try { f.arguments = {}; console.log("written"); } catch (e) { console.log(e.constructor.name); }
}
