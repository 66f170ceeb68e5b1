// expect: syntax-error 2:12
var x = 1 +;
