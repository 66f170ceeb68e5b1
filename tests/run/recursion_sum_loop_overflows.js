// Recursions that dxl's integer-sum transformation turns into loops must
// still throw Node's RangeError when they never reach their base case.
function g(n) { if (n === 0.5) return 1; return 1 + g(n - 1) }
try { g(10) } catch (e) { console.log(e instanceof RangeError, e.message) }

// Only the call itself: the whole body is one loop.
function h(n) { if (n === 0.5) return 0; return h(n - 1) }
try { console.log(h(3)) } catch (e) { console.log("h", e instanceof RangeError, e.message) }

// A base case that the int32 parameter skips over.
function skip(n) { if (n === 1) return 1; return 2 + skip(n - 2) }
try { console.log(skip(10)) } catch (e) { console.log("skip", e.name, e.message) }

// Two calls per level: the first call is real, the second a loop.
function fibLike(n) { if (n === -1) return 1; return fibLike(n - 2) + fibLike(n - 3) }
try { console.log(fibLike(6)) } catch (e) { console.log("fibLike", e instanceof RangeError) }

// An arrow whose recursion never ends.
const down = (n) => (n === 0.25 ? 0 : 1 + down(n - 1));
try { console.log(down(2)) } catch (e) { console.log("arrow", e instanceof RangeError, e.message) }

// The first term ends at once; only the loop runs away.
function lopsided(n) { if (n === 0.5) return 0; return lopsided(0.5) + lopsided(n - 1) + 1 }
try { console.log(lopsided(4)) } catch (e) { console.log("lopsided", e instanceof RangeError) }

// A descending int32 count whose depth is known on entry: past the stack,
// the calls are real and overflow.
function countDown(n) { if (n < 1) return 0; return 1 + countDown(n - 1) }
try { console.log(countDown(1e8)) } catch (e) { console.log("countDown", e instanceof RangeError, e.message) }

// The program goes on after the overflow, and finite recursions still work.
function count(n) { if (n < 1) return 0; return 1 + count(n - 1) }
console.log(count(5000), countDown(5000), g(10.5), h(7.5), skip(9));
