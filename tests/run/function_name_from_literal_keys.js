// A function in an object literal is named after its key: identifier,
// string-literal and numeric keys (as the number's string), computed keys.
var o = {
  5: function () {},
  "a b": function () {},
  1.5: () => 0,
  0x10: function () {},
  1e21: () => 0,
  0.000001: function () {},
  1e-7: function () {},
  "": function () {},
  ["x" + 1]: () => 1,
  [7]: function () {},
  plain: function () {},
  arrow: () => 0,
  named: function own() {},
  6() {},
  "quoted method"() {},
  2.5() {},
};
for (var key in o) console.log(JSON_like(key), JSON_like(o[key].name));
function JSON_like(s) {
  return '"' + s + '"';
}
