function reverse(s) {
  var r = "";
  for (var i = s.length - 1; i >= 0; i--) r += s[i];
  return r;
}
function isPalindrome(s) {
  s = s.toLowerCase();
  var clean = "";
  for (var i = 0; i < s.length; i++) {
    var c = s.charAt(i);
    if (c >= "a" && c <= "z") clean += c;
  }
  return clean === reverse(clean);
}
function countChar(s, ch) {
  var n = 0;
  for (var i = 0; i < s.length; i++) if (s[i] === ch) n++;
  return n;
}
function caesar(s, k) {
  var out = "";
  for (var i = 0; i < s.length; i++) {
    var c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) out += "abcdefghijklmnopqrstuvwxyz"[(c - 97 + k) % 26];
    else out += s[i];
  }
  return out;
}
console.log(reverse("hello"), reverse(""), reverse("a"));
console.log(isPalindrome("A man, a plan, a canal: Panama"), isPalindrome("hello"));
console.log(countChar("mississippi", "s"), countChar("mississippi", "i"));
console.log(caesar("hello world", 3), caesar(caesar("abc xyz", 13), 13));
