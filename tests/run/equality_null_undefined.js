var vals = [null, undefined, 0, "", false, NaN, [], {}, "null", "undefined"];
var labels = ["null", "undefined", "0", "''", "false", "NaN", "[]", "{}", "'null'", "'undefined'"];
for (var i = 0; i < vals.length; i++) {
  console.log(labels[i], vals[i] == null, vals[i] === null, vals[i] == undefined, vals[i] === undefined);
}
function isNil(v) { return v == null; }
console.log(isNil(null), isNil(undefined), isNil(0), isNil(""), isNil(false));
var o = { a: null };
console.log(o.a == null, o.b == null, o.a === o.b, o.a == o.b, "b" in o);
var u;
console.log(u == null, u === undefined, typeof u === "undefined", u);
