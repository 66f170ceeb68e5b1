var sq = x => x * x;
var add = (a, b) => a + b;
var noArgs = () => "none";
var block = (n) => { var r = 1; for (var i = 2; i <= n; i++) r *= i; return r; };
var mkObj = () => ({ made: true });
console.log(sq(7), add(2, 3), noArgs(), block(6), mkObj());
function Timer() {
  this.ticks = 0;
  this.tickAll = function (n) {
    [1, 2, 3].forEach(() => { this.ticks += n; });
    return this.ticks;
  };
}
var t = new Timer();
console.log(t.tickAll(2), t.ticks);
var obj = {
  val: 42,
  regular: function () { return [1].map(function () { return this === obj ? "kept" : "lost"; })[0]; },
  arrow: function () { return [1].map(() => this === obj ? this.val : "lost")[0]; }
};
console.log(obj.regular(), obj.arrow());
var nested = x => y => z => x + y + z;
console.log(nested(1)(2)(3));
console.log([3, 1, 2].map(x => x * 10).filter(x => x > 10));
