// expect: unsupported-feature 2:15
var ok = "a".replace(/a/g, "b");
