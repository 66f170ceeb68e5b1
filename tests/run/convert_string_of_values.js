console.log(String(1), String(-1.5), String(NaN), String(Infinity), String(-0), String(1e21));
console.log(String(true), String(false), String(null), String(undefined), String("s"));
console.log(String([]), String([1, 2]), String([1, [2, 3]]), String([null]), String([undefined, null]));
console.log(String({}), String({ a: 1 }), String(function () {}) === "function () {}");
console.log(String(new Error("e")), String(new TypeError("t")));
console.log((123).toString(), true.toString(), [1, 2].toString(), "x".toString());
var custom = { toString: function () { return "I am custom"; } };
console.log(String(custom), "" + custom, custom + "!");
function P(x) { this.x = x; }
P.prototype.toString = function () { return "P(" + this.x + ")"; };
console.log(String(new P(3)), "val: " + new P(4), [new P(1), new P(2)].join(";"));
