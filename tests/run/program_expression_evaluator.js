// A small tokenizer + recursive-descent evaluator for arithmetic expressions.
function tokenize(src) {
  var tokens = [];
  var i = 0;
  while (i < src.length) {
    var c = src[i];
    if (c === " " || c === "\t") { i++; continue; }
    if ((c >= "0" && c <= "9") || c === ".") {
      var start = i;
      while (i < src.length && ((src[i] >= "0" && src[i] <= "9") || src[i] === ".")) i++;
      tokens.push({ type: "num", value: parseFloat(src.slice(start, i)) });
      continue;
    }
    if ((c >= "a" && c <= "z") || (c >= "A" && c <= "Z")) {
      var s2 = i;
      while (i < src.length && ((src[i] >= "a" && src[i] <= "z") || (src[i] >= "A" && src[i] <= "Z"))) i++;
      tokens.push({ type: "id", value: src.slice(s2, i) });
      continue;
    }
    if ("+-*/%^(),".indexOf(c) >= 0) { tokens.push({ type: "op", value: c }); i++; continue; }
    throw new SyntaxError("Unexpected character '" + c + "' at " + i);
  }
  tokens.push({ type: "eof", value: null });
  return tokens;
}
function Parser(tokens, env) {
  this.tokens = tokens;
  this.pos = 0;
  this.env = env;
}
Parser.prototype.peek = function () { return this.tokens[this.pos]; };
Parser.prototype.next = function () { return this.tokens[this.pos++]; };
Parser.prototype.expect = function (v) {
  var t = this.next();
  if (t.value !== v) throw new SyntaxError("Expected " + v + " but got " + t.value);
};
Parser.prototype.expr = function () {
  var left = this.term();
  while (this.peek().value === "+" || this.peek().value === "-") {
    var op = this.next().value;
    var right = this.term();
    left = op === "+" ? left + right : left - right;
  }
  return left;
};
Parser.prototype.term = function () {
  var left = this.factor();
  while (this.peek().value === "*" || this.peek().value === "/" || this.peek().value === "%") {
    var op = this.next().value;
    var right = this.factor();
    switch (op) {
      case "*": left *= right; break;
      case "/": left /= right; break;
      default: left %= right;
    }
  }
  return left;
};
Parser.prototype.factor = function () {
  var base = this.unary();
  if (this.peek().value === "^") { this.next(); return Math.pow(base, this.factor()); }
  return base;
};
Parser.prototype.unary = function () {
  if (this.peek().value === "-") { this.next(); return -this.unary(); }
  if (this.peek().value === "+") { this.next(); return +this.unary(); }
  return this.primary();
};
Parser.prototype.primary = function () {
  var t = this.next();
  if (t.type === "num") return t.value;
  if (t.type === "id") {
    if (this.peek().value === "(") {
      this.next();
      var args = [];
      if (this.peek().value !== ")") {
        args.push(this.expr());
        while (this.peek().value === ",") { this.next(); args.push(this.expr()); }
      }
      this.expect(")");
      var fn = this.env.fns[t.value];
      if (typeof fn !== "function") throw new ReferenceError("Unknown function " + t.value);
      return fn.apply(null, args);
    }
    if (!(t.value in this.env.vars)) throw new ReferenceError("Unknown variable " + t.value);
    return this.env.vars[t.value];
  }
  if (t.value === "(") { var v = this.expr(); this.expect(")"); return v; }
  throw new SyntaxError("Unexpected token " + t.value);
};
function evaluate(src, env) {
  var p = new Parser(tokenize(src), env);
  var v = p.expr();
  if (p.peek().type !== "eof") throw new SyntaxError("Trailing input");
  return v;
}
var env = { vars: { x: 3, y: 4, pi: Math.PI }, fns: { max: Math.max, min: Math.min, sqrt: Math.sqrt, abs: Math.abs } };
var cases = ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "10 / 4", "10 % 4 + 0.5", "sqrt(x*x + y*y)",
  "max(1, x, y, 2) - min(5, -x)", "abs(-7.25) * 2", "1 / 0", "2 * pi", "((((1))))", "1 +", "foo + 1", "3 $ 4", "bar(1)", "(1 + 2"];
for (var i = 0; i < cases.length; i++) {
  try {
    console.log(cases[i], "=>", evaluate(cases[i], env));
  } catch (e) {
    console.log(cases[i], "=>", e.name + ": " + e.message);
  }
}
console.log(tokenize("a+1").map(function (t) { return t.type; }));
