console.log(typeof 1, typeof 1.5, typeof NaN, typeof Infinity, typeof -0);
console.log(typeof "", typeof "x", typeof true, typeof false);
console.log(typeof undefined, typeof null, typeof {}, typeof [], typeof [1]);
console.log(typeof function () {}, typeof function named() {}, typeof (() => 1), typeof Math.max, typeof console.log);
console.log(typeof notDeclaredAnywhere, typeof typeof 1, typeof new Error("x"), typeof Error);
function C() {}
console.log(typeof new C(), typeof C, typeof C.prototype, typeof Math, typeof parseInt);
var u;
console.log(typeof u, typeof (u = 5), typeof u);
console.log(typeof String(1), typeof Number("1"), typeof Boolean(0), typeof [].length, typeof "abc".length);
var x = typeof {} === "object" ? "obj" : "other";
console.log(x, typeof x === "string");
