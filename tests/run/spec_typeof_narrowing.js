// `typeof x === "string"` (and "number", "boolean") narrows a local of
// unknown type inside the branch: its reads there are typed, until the
// local is written. Values of other types take the other branches.
function describe(v) {
  if (typeof v === "string") return "string of " + v.length + ": " + v.charCodeAt(0);
  if (typeof v === "number") return "number " + (v * 2 + 1) + " " + (v | 0) + " " + Object.is(v, -0);
  if ("boolean" === typeof v) return "boolean " + (v ? "yes" : "no");
  if (typeof v !== "object") return "other " + typeof v;
  return "object " + JSON_like(v);
}
function JSON_like(o) {
  return o === null ? "null" : Array.isArray(o) ? "[" + o.length + "]" : "{" + Object.keys(o).join(",") + "}";
}
const values = ["abc", "", 3, -0, 2.5, NaN, true, false, null, undefined, [1, 2], { a: 1, b: 2 }, () => 1, new Number(4), new String("w")];
for (let i = 0; i < values.length; i++) {
  let out;
  try {
    out = describe(values[i]);
  } catch (e) {
    out = e.constructor.name + ": " + e.message;
  }
  console.log(i, out);
}

// Narrowed, then written in the branch: the write ends the narrowing.
function rewrite(v) {
  if (typeof v === "string") {
    const before = v.length;
    v = before > 1 ? 42 : { k: 1 };
    return [before, typeof v, v];
  }
  return ["not a string", typeof v];
}
console.log(rewrite("xy"), rewrite("x"), rewrite(5));

// Inside a loop, with a string that may be undefined.
function total(items) {
  let n = 0;
  for (let i = 0; i < items.length + 1; i++) {
    const s = items[i];
    if (typeof s === "string") n += s.length;
    else if (typeof s === "number") n += s;
  }
  return n;
}
console.log(total(["ab", 3, "cde", true, null]), total(["a", "bb"]));
