// `e.stack` lists the JavaScript frames on the stack when the error was
// made, named and placed as V8 does; Node's own frames (node:internal) and
// the directory of the file are left out here, as dxl cannot know them.
function frames(e) {
  const lines = e.stack.split("\n");
  const out = [lines[0]];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    if (line.indexOf("node:") >= 0) break;
    const slash = line.lastIndexOf("/");
    if (slash < 0) out.push(line.trim());
    else out.push(line.slice(0, line.indexOf("(") + 1).trim() + line.slice(slash + 1));
  }
  return out.join(" | ");
}
function attempt(run) {
  try {
    run();
  } catch (e) {
    console.log(frames(e));
  }
}

function Shape(side) { this.side = side }
Shape.prototype.area = function () { return this.side.length.width };
Shape.prototype.grow = function scale(by) { throw new RangeError("no growth " + by) };
Shape.make = function () { throw new Error("static") };
const tools = {
  measure(o) { return o.size.value },
  call: function (f) { return f() },
  arrow: () => { throw new TypeError("arrow member") },
};
const standalone = (x) => x.missing.field;
function Widget() { throw new Error("constructor") }
function outer(n) { return middle(n) + 1 }
function middle(n) { return inner(n) * 2 }
function inner(n) { return n.deep.value }
function countDown(n) { if (n === 0) throw new Error("bottom"); return countDown(n - 1) + 1 }

attempt(function plainCalls() { outer(1) });
attempt(function methodOfPrototype() { new Shape(1).area() });
attempt(function namedPrototypeMethod() { new Shape(1).grow(2) });
attempt(function staticMethod() { Shape.make() });
attempt(function literalMethod() { tools.measure({}) });
attempt(function literalFunction() { tools.call(() => null.x) });
attempt(function literalArrow() { tools.arrow() });
attempt(function inferredArrowName() { standalone({}) });
attempt(function construct() { new Widget() });
attempt(function callback() { [1, 2].forEach(function each(x) { if (x === 2) throw new Error("each") }) });
attempt(function mapped() { [1].map((x) => x.y.z) });
attempt(function notAFunction() { tools.nothing() });
attempt(function undeclared() { return notDeclaredAnywhere + 1 });
attempt(function recursion() { countDown(12) });
attempt(function rethrown() { try { outer(2) } catch (e) { throw e } });
attempt(() => { throw new Error("anonymous arrow") });
function overflow(n) { return overflow(n + 1) + 1 }
attempt(function runaway() { overflow(0) });
const made = (function factory() { return new Error("made, not thrown") })();
console.log(frames(made));
console.log(frames(new Error("top level")));
const renamed = new TypeError("before");
renamed.message = "after";
console.log(frames(renamed));
