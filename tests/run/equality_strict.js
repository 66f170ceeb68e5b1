console.log(1 === 1, 1 === "1", null === undefined, null === null, undefined === undefined);
console.log(NaN === NaN, 0 === -0, "abc" === "ab" + "c", true === 1, [] === [], {} === {});
var a = [1, 2], b = a;
console.log(a === b, a !== [1, 2], a !== b);
console.log(1.0 === 1, 0.1 + 0.2 === 0.3, "" === "", " " === "");
function f() {}
var g = f;
console.log(f === g, f === function () {}, typeof f === "function");
var arr = [NaN];
console.log(arr.indexOf(NaN), arr[0] !== arr[0]);
