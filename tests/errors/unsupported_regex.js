// expect: unsupported-feature 2:22
var ok = "a".replace(/a/g, "b");
