// json: a hand-written JSON serializer and parser (no JSON builtin). Builds a
// pseudo-random document of SIZE records (nested objects and arrays, numbers
// of several shapes, strings with escapes and non-ASCII characters), then
// serializes it compactly and indented, parses both texts back, walks the
// trees, serializes again and checks everything round-trips. Prints the text
// length, the number of nodes and an FNV-1a hash of the compact text.
const SIZE = 4000; // bench:size bench:smoke 60

// ---- deterministic input -------------------------------------------------------

function Rng(seed) {
  this.state = seed >>> 0 || 1;
}
// xorshift32
Rng.prototype.next = function () {
  let x = this.state;
  x ^= x << 13;
  x ^= x >>> 17;
  x ^= x << 5;
  this.state = x >>> 0;
  return this.state;
};
Rng.prototype.below = function (n) {
  return this.next() % n;
};

const KEYS = ["id", "name", "title", "tags", "value", "children", "meta", "flag",
  "score", "items", "x", "y", "description", "ratio", "created", "owner",
  "kind", "weight", "enabled", "notes"];
const WORDS = ["alpha", "beta", "gamma", "delta", "omega", "lambda", "kappa",
  "sigma", "zeta", "theta", "epsilon", "rho"];
const SPECIALS = ["\"", "\\", "\n", "\t", "\r", "/", "\u00e9", "\u20ac",
  "\u0001", "\u001f", "\u00fc\u00df", "\u4e2d\u6587", "\b", "\f"];

function genString(rng) {
  const parts = [];
  const n = rng.below(6);
  for (let i = 0; i < n; i++) {
    if (i > 0) parts.push(" ");
    if (rng.below(5) === 0) {
      parts.push(SPECIALS[rng.below(SPECIALS.length)]);
    } else {
      parts.push(WORDS[rng.below(WORDS.length)]);
    }
  }
  return parts.join("");
}

function genNumber(rng) {
  const r = rng.below(6);
  const sign = rng.below(4) === 0 ? -1 : 1;
  if (r === 0 || r === 1) return sign * rng.below(1000000);
  if (r === 2) return (sign * rng.below(1000000)) / 100;
  if (r === 3) return sign * (rng.below(100000) / 1000 + 0.5);
  if (r === 4) return (sign * (rng.below(9000) + 1000)) / 1e12;
  return sign * (rng.below(9000) + 1) * 1e19;
}

function genValue(rng, depth) {
  const r = rng.below(depth > 3 ? 6 : 9);
  if (r === 0) return genNumber(rng);
  if (r === 1) return genString(rng);
  if (r === 2) return rng.below(2) === 0;
  if (r === 3) return null;
  if (r === 4) return genNumber(rng);
  if (r === 5) return genString(rng);
  if (r === 6 || r === 7) {
    const arr = [];
    const n = rng.below(6);
    for (let i = 0; i < n; i++) arr.push(genValue(rng, depth + 1));
    return arr;
  }
  const obj = {};
  const n = 1 + rng.below(5);
  for (let i = 0; i < n; i++) obj[KEYS[rng.below(KEYS.length)]] = genValue(rng, depth + 1);
  return obj;
}

function genDocument(rng, n) {
  const records = [];
  for (let i = 0; i < n; i++) {
    const rec = {};
    rec.id = i;
    rec.name = `record-${i}`;
    rec.score = genNumber(rng);
    rec.tags = [WORDS[rng.below(WORDS.length)], WORDS[rng.below(WORDS.length)]];
    rec.payload = genValue(rng, 0);
    rec.extra = genValue(rng, 1);
    records.push(rec);
  }
  return { version: 3, generator: "dxl-bench", count: n, records: records };
}

// ---- serializer ------------------------------------------------------------------

const HEX = "0123456789abcdef";

function quote(s, out) {
  out.push("\"");
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c !== 0x22 && c !== 0x5c) continue;
    if (i > start) out.push(s.slice(start, i));
    start = i + 1;
    if (c === 0x22) out.push("\\\"");
    else if (c === 0x5c) out.push("\\\\");
    else if (c === 0x0a) out.push("\\n");
    else if (c === 0x0d) out.push("\\r");
    else if (c === 0x09) out.push("\\t");
    else if (c === 0x08) out.push("\\b");
    else if (c === 0x0c) out.push("\\f");
    else out.push("\\u00" + HEX.charAt(c >> 4) + HEX.charAt(c & 15));
  }
  if (start < s.length) out.push(start === 0 ? s : s.slice(start));
  out.push("\"");
}

function Serializer(indent) {
  this.indent = indent;
  this.out = [];
}
Serializer.prototype.newline = function (level) {
  if (this.indent === "") return;
  let pad = "\n";
  for (let i = 0; i < level; i++) pad += this.indent;
  this.out.push(pad);
};
Serializer.prototype.value = function (v, level) {
  const out = this.out;
  if (v === null) {
    out.push("null");
  } else if (typeof v === "boolean") {
    out.push(v ? "true" : "false");
  } else if (typeof v === "number") {
    if (v !== v || v === Infinity || v === -Infinity) out.push("null");
    else out.push(String(v));
  } else if (typeof v === "string") {
    quote(v, out);
  } else if (Array.isArray(v)) {
    if (v.length === 0) {
      out.push("[]");
      return;
    }
    out.push("[");
    for (let i = 0; i < v.length; i++) {
      if (i > 0) out.push(",");
      this.newline(level + 1);
      this.value(v[i], level + 1);
    }
    this.newline(level);
    out.push("]");
  } else {
    const keys = Object.keys(v);
    if (keys.length === 0) {
      out.push("{}");
      return;
    }
    out.push("{");
    for (let i = 0; i < keys.length; i++) {
      if (i > 0) out.push(",");
      this.newline(level + 1);
      quote(keys[i], out);
      out.push(this.indent === "" ? ":" : ": ");
      this.value(v[keys[i]], level + 1);
    }
    this.newline(level);
    out.push("}");
  }
};

function stringify(v, indent) {
  const s = new Serializer(indent);
  s.value(v, 0);
  return s.out.join("");
}

// ---- parser ----------------------------------------------------------------------

function Parser(text) {
  this.text = text;
  this.pos = 0;
}
Parser.prototype.fail = function (what) {
  throw new Error(`JSON parse error: ${what} at position ${this.pos}`);
};
Parser.prototype.skipWhitespace = function () {
  const text = this.text;
  let pos = this.pos;
  while (pos < text.length) {
    const c = text.charCodeAt(pos);
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) break;
    pos++;
  }
  this.pos = pos;
};
Parser.prototype.parseValue = function () {
  this.skipWhitespace();
  const c = this.text.charCodeAt(this.pos);
  if (c === 0x7b) return this.parseObject();
  if (c === 0x5b) return this.parseArray();
  if (c === 0x22) return this.parseString();
  if (c === 0x2d || (c >= 0x30 && c <= 0x39)) return this.parseNumber();
  if (this.text.startsWith("true", this.pos)) {
    this.pos += 4;
    return true;
  }
  if (this.text.startsWith("false", this.pos)) {
    this.pos += 5;
    return false;
  }
  if (this.text.startsWith("null", this.pos)) {
    this.pos += 4;
    return null;
  }
  return this.fail("unexpected character");
};
Parser.prototype.expect = function (code) {
  this.skipWhitespace();
  if (this.text.charCodeAt(this.pos) !== code) this.fail(`expected '${String.fromCharCode(code)}'`);
  this.pos++;
};
Parser.prototype.parseObject = function () {
  const obj = {};
  this.pos++; // {
  this.skipWhitespace();
  if (this.text.charCodeAt(this.pos) === 0x7d) {
    this.pos++;
    return obj;
  }
  while (true) {
    this.skipWhitespace();
    if (this.text.charCodeAt(this.pos) !== 0x22) this.fail("expected a key");
    const key = this.parseString();
    this.expect(0x3a); // :
    obj[key] = this.parseValue();
    this.skipWhitespace();
    const c = this.text.charCodeAt(this.pos);
    this.pos++;
    if (c === 0x2c) continue;
    if (c === 0x7d) return obj;
    this.pos--;
    this.fail("expected ',' or '}'");
  }
};
Parser.prototype.parseArray = function () {
  const arr = [];
  this.pos++; // [
  this.skipWhitespace();
  if (this.text.charCodeAt(this.pos) === 0x5d) {
    this.pos++;
    return arr;
  }
  while (true) {
    arr.push(this.parseValue());
    this.skipWhitespace();
    const c = this.text.charCodeAt(this.pos);
    this.pos++;
    if (c === 0x2c) continue;
    if (c === 0x5d) return arr;
    this.pos--;
    this.fail("expected ',' or ']'");
  }
};
function hexDigit(c) {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x61 + 10;
  if (c >= 0x41 && c <= 0x46) return c - 0x41 + 10;
  return -1;
}
Parser.prototype.parseString = function () {
  const text = this.text;
  let pos = this.pos + 1; // after the opening quote
  let start = pos;
  let result = "";
  while (true) {
    if (pos >= text.length) {
      this.pos = pos;
      this.fail("unterminated string");
    }
    const c = text.charCodeAt(pos);
    if (c === 0x22) break;
    if (c < 0x20) {
      this.pos = pos;
      this.fail("control character in string");
    }
    if (c !== 0x5c) {
      pos++;
      continue;
    }
    result += text.slice(start, pos);
    const e = text.charCodeAt(pos + 1);
    pos += 2;
    if (e === 0x22) result += "\"";
    else if (e === 0x5c) result += "\\";
    else if (e === 0x2f) result += "/";
    else if (e === 0x6e) result += "\n";
    else if (e === 0x72) result += "\r";
    else if (e === 0x74) result += "\t";
    else if (e === 0x62) result += "\b";
    else if (e === 0x66) result += "\f";
    else if (e === 0x75) {
      let code = 0;
      for (let i = 0; i < 4; i++) {
        const d = hexDigit(text.charCodeAt(pos + i));
        if (d < 0) {
          this.pos = pos + i;
          this.fail("bad \\u escape");
        }
        code = code * 16 + d;
      }
      pos += 4;
      result += String.fromCharCode(code);
    } else {
      this.pos = pos - 1;
      this.fail("bad escape");
    }
    start = pos;
  }
  this.pos = pos + 1;
  return result + text.slice(start, pos);
};
function isDigit(c) {
  return c >= 0x30 && c <= 0x39;
}
Parser.prototype.parseNumber = function () {
  const text = this.text;
  const start = this.pos;
  let pos = start;
  let negative = false;
  if (text.charCodeAt(pos) === 0x2d) {
    negative = true;
    pos++;
  }
  if (!isDigit(text.charCodeAt(pos))) {
    this.pos = pos;
    this.fail("expected a digit");
  }
  // Integer part, accumulated directly while it stays exact.
  let value = 0;
  let digits = 0;
  if (text.charCodeAt(pos) === 0x30) {
    pos++;
  } else {
    while (isDigit(text.charCodeAt(pos))) {
      value = value * 10 + (text.charCodeAt(pos) - 0x30);
      digits++;
      pos++;
    }
  }
  let simple = digits <= 15;
  if (text.charCodeAt(pos) === 0x2e) {
    simple = false;
    pos++;
    if (!isDigit(text.charCodeAt(pos))) {
      this.pos = pos;
      this.fail("expected a digit after '.'");
    }
    while (isDigit(text.charCodeAt(pos))) pos++;
  }
  const e = text.charCodeAt(pos);
  if (e === 0x65 || e === 0x45) {
    simple = false;
    pos++;
    const s = text.charCodeAt(pos);
    if (s === 0x2b || s === 0x2d) pos++;
    if (!isDigit(text.charCodeAt(pos))) {
      this.pos = pos;
      this.fail("expected a digit in the exponent");
    }
    while (isDigit(text.charCodeAt(pos))) pos++;
  }
  this.pos = pos;
  if (simple) return negative ? -value : value;
  return parseFloat(text.slice(start, pos));
};

function parse(text) {
  const p = new Parser(text);
  const v = p.parseValue();
  p.skipWhitespace();
  if (p.pos !== text.length) p.fail("trailing characters");
  return v;
}

// ---- walking and comparing ---------------------------------------------------------

function Stats() {
  this.nodes = 0;
  this.numbers = 0;
  this.strings = 0;
  this.stringChars = 0;
  this.maxDepth = 0;
}

function walk(v, depth, stats) {
  stats.nodes++;
  if (depth > stats.maxDepth) stats.maxDepth = depth;
  if (typeof v === "number") {
    stats.numbers++;
  } else if (typeof v === "string") {
    stats.strings++;
    stats.stringChars += v.length;
  } else if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) walk(v[i], depth + 1, stats);
  } else if (v !== null && typeof v === "object") {
    const keys = Object.keys(v);
    for (let i = 0; i < keys.length; i++) {
      stats.stringChars += keys[i].length;
      walk(v[keys[i]], depth + 1, stats);
    }
  }
}

function deepEqual(a, b) {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) {
      if (!deepEqual(a[i], b[i])) return false;
    }
    return true;
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (let i = 0; i < ka.length; i++) {
    if (ka[i] !== kb[i]) return false;
    if (!deepEqual(a[ka[i]], b[kb[i]])) return false;
  }
  return true;
}

function hashString(s) {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  return h;
}

// ---- main --------------------------------------------------------------------------

function check(cond, what) {
  if (!cond) throw new Error(`json: ${what}`);
}

// A few fixed cases first.
check(stringify(parse(" [1, -0.5, 2.5e3, 1E-7, \"a\\u00e9\\n\", true, false, null, {}] "), "") ===
  "[1,-0.5,2500,1e-7,\"a\u00e9\\n\",true,false,null,{}]", "fixed case");
check(parse("\"\\ud83d\\ude00\"") === "\ud83d\ude00", "surrogate pair escape");
let threw = false;
try {
  parse("{\"a\": [1, 2,, 3]}");
} catch (e) {
  threw = true;
}
check(threw, "invalid input accepted");

const doc = genDocument(new Rng(20240601), SIZE);
const compact = stringify(doc, "");
const pretty = stringify(doc, "  ");
const fromCompact = parse(compact);
const fromPretty = parse(pretty);

const stats = new Stats();
walk(fromCompact, 0, stats);
const stats2 = new Stats();
walk(doc, 0, stats2);
check(stats.nodes === stats2.nodes && stats.stringChars === stats2.stringChars, "walk mismatch");
check(stringify(fromCompact, "") === compact, "compact text does not round-trip");
check(stringify(fromPretty, "") === compact, "indented text does not round-trip");
check(stringify(fromPretty, "  ") === pretty, "indented text does not reserialize");
check(deepEqual(doc, fromCompact), "parsed compact tree differs");
check(deepEqual(fromCompact, fromPretty), "parsed indented tree differs");
check(fromCompact.count === SIZE && fromCompact.records.length === SIZE, "record count");
check(fromCompact.records[SIZE - 1].name === `record-${SIZE - 1}`, "last record");

// Recorded for the bench and smoke sizes: "<text length> <nodes> <hash>".
const KNOWN = {
  "60": "9955 884 742096228",
  "4000": "642894 56788 2800935333",
};
const result = `${compact.length} ${stats.nodes} ${hashString(compact)}`;
const known = KNOWN[String(SIZE)];
check(known === undefined || result === known, `got ${result}, expected ${known}`);
console.log(`json: ok ${result}`);
