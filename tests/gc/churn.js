// Allocates several gigabytes in total while keeping about a thousand small
// objects alive; a collector that works keeps the process small.
var live = [];
for (var i = 0; i < 1000; i++) live.push(null);
var checksum = 0;
for (var i = 0; i < 12000000; i++) {
  var node = { id: i, pair: [i, i * 2], label: "n" + (i % 1000) };
  live[i % 1000] = node;
  checksum = (checksum + node.pair[1] + node.label.length) % 1000000007;
}
var total = 0;
for (var j = 0; j < live.length; j++) total += live[j].id;
console.log(checksum, total);
