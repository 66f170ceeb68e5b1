var a = [1, 2, 2, 3, 4, 4, 4, 5, 6, 6];
for (var i = a.length - 1; i > 0; i--) if (a[i] === a[i - 1]) a.splice(i, 1);
console.log(a);
var b = [1, 2, 3, 4, 5, 6, 7, 8];
for (var j = 0; j < b.length; j++) if (b[j] % 2 === 0) { b.splice(j, 1); j--; }
console.log(b);
var c = ["a", "b", "c"];
for (var k = 0; k < c.length; k += 2) c.splice(k + 1, 0, "-");
console.log(c, c.join(""));
var rot = [1, 2, 3, 4, 5];
for (var r = 0; r < 2; r++) rot.unshift(rot.pop());
console.log(rot);
var stack = [];
"(a[b]{c}d)".split("").forEach(function (ch) {
  if ("([{".indexOf(ch) >= 0) stack.push(ch);
  else if (")]}".indexOf(ch) >= 0) stack.pop();
});
console.log(stack.length === 0);
