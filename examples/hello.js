function greet(name) {
  return "Hello, " + name + "!";
}
var langs = ["JavaScript", "native code"];
for (var i = 0; i < langs.length; i++) {
  console.log(greet(langs[i]));
}
console.log({ compiled: true, steps: [1, 2, 3] });
