// A `for (let ...)` loop copies its bindings into a new environment before
// every iteration, the first one included: a closure made in the head's
// initializer keeps the head's binding, untouched by the body and updates.
var fromHead;
for (let i = 0, g = () => i; i < 3; i++) {
  fromHead = g;
  if (i === 0) {
    i = 10;
    console.log("in body:", g(), i);
  }
}
console.log("after:", fromHead());

var readers = [];
for (let n = (readers.push(() => n), 1); n < 4; n++) readers.push(() => n);
console.log(readers.map((r) => r()).join(","));

// A closure made in the test sees the iteration it was made in.
var tests = [];
for (let k = 0; tests.push(() => k), k < 3; k++) {
  k += 0;
}
console.log(tests.map((t) => t()).join(","));

// A const in the head, captured there.
var consts = [];
for (const c = "c", read = () => c; consts.length < 2; ) consts.push(read());
console.log(consts);
