console.log(Number("  12  "), Number(""), Number("0x1f"), Number("1e3"), Number(null), Number(undefined));
console.log(Number([]), Number([5]), Number([1, 2]), Number("abc"), Number(true), Number(false));
console.log(Number("12px"), Number("-12.5"), Number("+3"), Number(".5"), Number("5."), Number("0b101"), Number("0o17"));
console.log(Number("Infinity"), Number("-Infinity"), Number("infinity"), Number(" \n\t "), Number("1 2"));
console.log(Number({}), Number(["7"]), Number([[8]]), Number("00012"), Number("-0"), Number("1e1000"));
console.log(Number({ valueOf: function () { return 9; } }), Number({ toString: function () { return "10"; } }));
console.log(+"42", +"", +[], +{}, +null, +undefined, +true, +"3.5e2", -"", +"-0");
console.log(Number(12), Number(-0), Number("0X1F"), Number("1_000"));
var inputs = ["1", "1.5", " -2 ", "3abc", "", "0.1e1", "Infinity", "-", "+", "."];
for (var i = 0; i < inputs.length; i++) {
  console.log(bracket(inputs[i]), Number(inputs[i]), parseFloat(inputs[i]), parseInt(inputs[i]));
}
function bracket(s) { return "[" + s + "]"; }
