// Calls in tail position are real calls in JavaScript (V8 has no tail-call
// elimination): a recursion that never ends throws Node's RangeError.
const o = { m(n) { return this.m(n + 1) } };
try { o.m(0) } catch (e) { console.log("method", e instanceof RangeError, e.message) }

function loop(n, acc) { return loop(n + 1, acc + n) }
try { loop(0, 0) } catch (e) { console.log("accumulator", e instanceof RangeError, e.message) }

function viaCall(n) { return viaCall.call(null, n + 1) }
try { viaCall(0) } catch (e) { console.log("call", e instanceof RangeError, e.message) }

function ping(x) { return pong(x * 1.5) }
function pong(x) { return ping(x - 0.5) }
try { ping(1) } catch (e) { console.log("mutual", e instanceof RangeError, e.message) }

const spin = (n) => spin(n + 0.5);
try { spin(0) } catch (e) { console.log("arrow", e instanceof RangeError, e.message) }

function product(n) { if (n === 0.5) return 1; return 2 * product(n - 1) }
try { product(3) } catch (e) { console.log("product", e instanceof RangeError, e.message) }

function Walker() { this.steps = 0 }
Walker.prototype.step = function () { this.steps++; return this.step() };
const w = new Walker();
try { w.step() } catch (e) { console.log("class", e instanceof RangeError, w.steps > 1000) }

function closureMaker() {
  let calls = 0;
  function inner(s) { calls++; return inner(s + "") }
  return () => { try { inner("") } catch (e) { return [e.name, calls > 1000] } };
}
console.log("closure", closureMaker()());

function countTo(n, limit) { return n === limit ? n : countTo(n + 1, limit) }
console.log(countTo(0, 5000));
