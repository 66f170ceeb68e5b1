// Building a string longer than V8's limit (2**29 - 24 code units) throws
// RangeError "Invalid string length" before the string is made: join of a
// huge array of holes throws at once, elements' toString still runs first.
function attempt(name, f) {
  try {
    var r = f();
    console.log(name, typeof r === "string" ? "length " + r.length : r);
  } catch (e) {
    console.log(name, e.constructor.name + ": " + e.message);
  }
}
attempt("join holes", function () { return new Array(6e7).join("abcdefghijk"); });
attempt("join holes fits", function () { return new Array(4e6).join("abcdefghijk"); });
attempt("join past limit", function () { return new Array(536870890).join("a"); });
attempt("toString of holes", function () { return new Array(3e7).toString(); });
var calls = [];
var big = new Array(6e7);
big[0] = { toString: function () { calls.push("first"); return "x"; } };
big[59999999] = { toString: function () { calls.push("last"); return "y"; } };
attempt("join sparse elements", function () { return big.join("abcdefghijk"); });
console.log(calls);
var chunk = "z".repeat(2 ** 27);
attempt("join long parts", function () { return [chunk, chunk, chunk, chunk].join(""); });
attempt("join separator", function () { return [1, 2, 3, 4, 5].join(chunk); });
attempt("nested join", function () { return [[chunk, chunk, chunk, chunk], "x"].join(); });
attempt("repeat", function () { return "abc".repeat(2 ** 28); });
attempt("repeat past limit", function () { return "a".repeat(2 ** 29 - 23); });
attempt("padStart", function () { return "a".padStart(2 ** 30); });
attempt("padEnd", function () { return "a".padEnd(2 ** 29, "xy"); });
attempt("concat", function () { return chunk.concat(chunk, chunk, chunk, chunk); });
attempt("plus", function () { return chunk + chunk + chunk + chunk + chunk; });
attempt("plus assign", function () { var s = chunk; for (var i = 0; i < 4; i++) s += chunk; return s; });
attempt("template", function () { return `${chunk}${chunk}${chunk}${chunk}${chunk}`; });
attempt("replaceAll", function () { return "aaaaa".replaceAll("a", function () { return chunk; }); });
var sparse = [];
sparse[2e7] = "end";
attempt("sparse toString", function () { return sparse.toString(); });
attempt("sparse join", function () { return sparse.join("--"); });
