function f(n) {
  var out = [];
  switch (n) {
    case 1: out.push("one");
    case 2: out.push("two"); break;
    case 3: out.push("three");
    case 4: { out.push("four"); break; }
    case 5:
    case 6: out.push("five-or-six"); break;
  }
  return out.join("+") || "none";
}
for (var i = 0; i <= 7; i++) console.log(i, f(i));
