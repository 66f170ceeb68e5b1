var results = [];
try {
  [1, 2, 3, 4].forEach(function (x) {
    if (x === 3) throw new Error("stop at " + x);
    results.push(x);
  });
} catch (e) {
  console.log(e.message, results);
}
function find(arr, pred) {
  try {
    arr.forEach(function (x) { if (pred(x)) throw { found: x }; });
  } catch (e) {
    if (e && e.found !== undefined) return e.found;
    throw e;
  }
  return null;
}
console.log(find([5, 8, 12, 3], function (x) { return x > 6; }), find([1], function () { return false; }));
function safeDiv(a, b) {
  if (b === 0) throw new RangeError("division by zero");
  return a / b;
}
var pairs = [[10, 2], [1, 0], [9, 3]];
pairs.forEach(function (p) {
  try { console.log(safeDiv(p[0], p[1])); }
  catch (e) { console.log("error:", e.message); }
  finally { console.log("checked", p); }
});
var mapped = [];
try { mapped = [1, 2].map(function (x) { return x.nope.bad; }); } catch (e) { console.log(e.constructor === TypeError, mapped); }
