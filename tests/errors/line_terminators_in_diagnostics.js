// expect: syntax-error 7:12
// Diagnostics count every line terminator: CR alone, CRLF (one break),// U+2028 and U+2029, as the positions Node reports do.
let a = 1; let b = 2; /* a comment */
let m = 1 +;
