// A block entered again by a loop starts its `let`/`const` bindings in the
// dead zone again: a read before the declaration never sees the last
// iteration's value (numbers, strings, objects; captured or not).
function numbers() {
  var out = [];
  for (var i = 0; i < 3; i++) {
    try {
      if (i > 0) out.push(x);
      let x = i + 0.5;
      out.push(x * 2);
    } catch (e) {
      out.push(e.message);
    }
  }
  return out;
}
console.log(numbers());

function integers() {
  var out = [];
  var i = 0;
  while (i < 3) {
    try {
      if (i > 0) out.push(n + 1);
      const n = i * 3;
      out.push(n);
    } catch (e) {
      out.push(e.message);
    }
    i++;
  }
  return out;
}
console.log(integers());

function strings() {
  var out = [];
  var i = 0;
  do {
    try {
      if (i % 2 === 1) out.push(s.length);
      let s = "abc".slice(i);
      out.push(s);
    } catch (e) {
      out.push(e.message);
    }
  } while (++i < 4);
  return out;
}
console.log(strings());

function captured() {
  var out = [];
  var readers = [];
  for (var i = 0; i < 3; i++) {
    try {
      if (i > 0) out.push(readers[i - 1]());
      readers.push(() => o.v);
      if (i === 1) out.push(readers[i]());
      let o = { v: i };
      out.push(readers[i]());
    } catch (e) {
      out.push(e.message);
    }
  }
  out.push(
    readers
      .map((r) => {
        try {
          return r();
        } catch (e) {
          return "tdz";
        }
      })
      .join(","),
  );
  return out;
}
console.log(captured());

// Only the first iteration skips the declaration through `continue`.
function skipped() {
  var out = [];
  for (let k = 0; k < 3; k++) {
    try {
      if (k === 0) continue;
      out.push(typeof t);
      let t = k;
    } catch (e) {
      out.push(e.message);
    }
  }
  return out;
}
console.log(skipped());

// Nested loops: the inner block is entered afresh on every iteration.
var grid = [];
for (let r = 0; r < 2; r++) {
  for (let c = 0; c < 2; c++) {
    try {
      if (c === 1) grid.push(cell);
      let cell = r * 2 + c + 0.25;
      grid.push(cell);
    } catch (e) {
      grid.push("tdz");
    }
  }
}
console.log(grid.join(" "));
