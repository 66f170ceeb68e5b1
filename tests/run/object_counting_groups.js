var data = [
  { type: "fruit", name: "apple", qty: 3 },
  { type: "veg", name: "carrot", qty: 5 },
  { type: "fruit", name: "banana", qty: 2 },
  { type: "grain", name: "rice", qty: 10 },
  { type: "veg", name: "pea", qty: 1 },
  { type: "fruit", name: "cherry", qty: 7 }
];
var groups = {};
var totals = {};
for (var i = 0; i < data.length; i++) {
  var d = data[i];
  if (!groups[d.type]) groups[d.type] = [];
  groups[d.type].push(d.name);
  totals[d.type] = (totals[d.type] || 0) + d.qty;
}
console.log(groups);
console.log(totals);
var inverted = {};
for (var t in totals) inverted[totals[t]] = t;
console.log(inverted);
var index = {};
data.forEach(function (d) { index[d.name] = d; });
console.log(index.cherry.qty, index["pea"].type, "kiwi" in index, index.kiwi);
console.log(index.apple);
