// Lone surrogates print as Node prints them: escaped (\ud83d) inside quoted
// strings and keys at any depth, as U+FFFD where the string is written raw.
const high = String.fromCharCode(0xd83d);
const low = "\ud83d\ude00".charAt(1);

console.log([high, "a" + low + "b", high + low, low + high]);
const o = {};
o[high] = low;
o["k" + low] = [high];
console.log(o);
console.log({ a: { b: ["x" + high] } });
console.log([[["deep" + low]]]);
console.log(Object.keys(o));
console.log("%o", high);
console.log("%s", [high]);
console.log("%j", [high, { v: low }]);
console.log([high.repeat(30)]);
console.log(high + "|" + low);
console.log("%s|%s", high, low);
console.log(high.length, (high + low).length, [high].length);
