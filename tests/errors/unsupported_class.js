// expect: unsupported-feature 3:1
console.log("before");
class A {}
