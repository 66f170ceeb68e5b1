var fs = [];
for (var i = 0; i < 3; i++) {
  fs.push((function (n) { return function () { return n * 10; }; })(i));
}
console.log(fs[0](), fs[1](), fs[2]());
var x = "global";
(function () {
  console.log(x);
  var x = "local";
  console.log(x);
})();
console.log(x);
function hoist() {
  console.log(typeof inner, typeof v);
  var v = 1;
  function inner() { return "hoisted"; }
  return inner();
}
console.log(hoist());
