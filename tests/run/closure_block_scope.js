let a = 1;
{
  let a = 2;
  const b = 3;
  console.log(a, b);
  {
    let a = 4;
    console.log(a);
  }
  console.log(a);
}
console.log(a, typeof b);
var fns = [];
{
  let captured = "block";
  fns.push(function () { return captured; });
}
console.log(fns[0]());
if (true) { var leaked = "var leaks"; let kept = "let stays"; }
console.log(leaked, typeof kept);
const obj = { n: 1 };
obj.n = 2;
console.log(obj.n);
try {
  eval2();
} catch (e) {
  console.log(e.name);
}
function eval2() { const c = 1; c = 2; }
try {
  console.log(tdz);
  let tdz = 5;
} catch (e) {
  console.log(e.name, e.message);
}
