// expect: unsupported-feature 3:16
var counts = {};
var seen = new Map();
