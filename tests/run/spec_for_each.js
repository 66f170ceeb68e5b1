// `a.forEach(f)` on arrays the compiler tracks, with a callback it knows,
// is a loop calling the callback directly. It must keep the built-in's
// semantics: holes are skipped, the length is read once, elements written
// ahead are seen, and the callback gets (element, index, array).

function P(x) {
  this.x = x;
}
P.prototype.twice = function () {
  return this.x * 2;
};

function objects() {
  const ps = [new P(1), new P(2), new P(3)];
  let sum = 0;
  ps.forEach((p) => {
    sum += p.twice();
  });
  return sum;
}
console.log("objects", objects());

function numbers() {
  const ints = [5, 6, 7];
  const doubles = [0.5, 1.5, -0];
  const seen = [];
  ints.forEach((v, i, arr) => {
    seen.push(`${i}:${v}:${arr.length}`);
  });
  doubles.forEach((v, i) => {
    seen.push(`${i}:${Object.is(v, -0) ? "-0" : v}`);
  });
  return seen.join(" ");
}
console.log("numbers", numbers());

function holes() {
  const made = new Array(5);
  made[1] = 10;
  made[3] = 30;
  const elided = [1, , 3];
  const out = [];
  made.forEach((v, i) => out.push(i + "=" + v));
  elided.forEach((v, i) => out.push(i + "=" + v));
  const withUndefined = [1, 2, 3];
  const src = [];
  withUndefined[1] = src[0];
  withUndefined.forEach((v, i) => out.push(i + "~" + v));
  return out.join(" ");
}
console.log("holes", holes());

function sparse() {
  const a = [1, 2];
  a[100000] = 3;
  let count = 0;
  let last = -1;
  a.forEach((v, i) => {
    count++;
    last = i;
  });
  return [count, last, a.length];
}
console.log("sparse", sparse());

function mutation() {
  const a = [1, 2, 3];
  const seen = [];
  a.forEach((v, i) => {
    seen.push(v);
    if (i === 0) a[2] = 30;
    a.push(v * 100);
  });
  return [seen.join(","), a.length];
}
console.log("mutation", mutation());

function named() {
  const a = [3, 4];
  let product = 1;
  function multiply(v) {
    product *= v;
  }
  a.forEach(multiply);
  let calls = 0;
  a.forEach(function () {
    calls++;
  });
  return [product, calls, a.forEach((v) => v)];
}
console.log("named", named());

function sloppyThis() {
  const a = [1];
  let same = false;
  a.forEach(function () {
    same = this === globalThis;
  });
  return same;
}
console.log("sloppyThis", sloppyThis());

function nested() {
  const rows = [
    [1, 2],
    [3, 4],
  ];
  let total = 0;
  rows.forEach((row) => row.forEach((v) => (total += v)));
  return total;
}
console.log("nested", nested());

function throws() {
  const a = [1, 2, 3];
  const seen = [];
  try {
    a.forEach((v) => {
      if (v === 2) throw new Error("stop at " + v);
      seen.push(v);
    });
  } catch (e) {
    return seen.join(",") + " " + e.message;
  }
  return "no throw";
}
console.log("throws", throws());

const empty = [];
let ran = false;
empty.forEach(() => {
  ran = true;
});
console.log("empty", ran);
