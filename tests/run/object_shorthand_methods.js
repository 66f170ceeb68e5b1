var calc = {
  total: 0,
  add(n) { this.total += n; return this; },
  sub(n) { this.total -= n; return this; },
  "quoted method"() { return "quoted:" + this.total; },
  [("comp" + "uted")]() { return "computed"; },
  arrowProp: () => "arrow",
  nested: { deep() { return "deep"; } }
};
console.log(calc.add(10).sub(3).total, calc["quoted method"](), calc.computed(), calc.arrowProp(), calc.nested.deep());
console.log(calc);
var name = "n";
var builder = {
  parts: [],
  push(p) { this.parts.push(p); return this; },
  build() { return this.parts.join(" "); }
};
console.log(builder.push("a").push("b").push(name).build());
