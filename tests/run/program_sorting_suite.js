function insertionSort(a) {
  a = a.slice();
  for (var i = 1; i < a.length; i++) {
    var x = a[i], j = i - 1;
    while (j >= 0 && a[j] > x) { a[j + 1] = a[j]; j--; }
    a[j + 1] = x;
  }
  return a;
}
function quickSort(a) {
  if (a.length <= 1) return a.slice();
  var pivot = a[a.length >> 1];
  var less = [], equal = [], more = [];
  a.forEach(function (x) { if (x < pivot) less.push(x); else if (x > pivot) more.push(x); else equal.push(x); });
  return quickSort(less).concat(equal, quickSort(more));
}
function mergeSort(a) {
  if (a.length <= 1) return a;
  var mid = Math.floor(a.length / 2);
  var l = mergeSort(a.slice(0, mid)), r = mergeSort(a.slice(mid));
  var out = [], i = 0, j = 0;
  while (i < l.length && j < r.length) out.push(l[i] <= r[j] ? l[i++] : r[j++]);
  while (i < l.length) out.push(l[i++]);
  while (j < r.length) out.push(r[j++]);
  return out;
}
function heapSort(a) {
  a = a.slice();
  function sift(start, end) {
    var root = start;
    while (2 * root + 1 <= end) {
      var child = 2 * root + 1, sw = root;
      if (a[sw] < a[child]) sw = child;
      if (child + 1 <= end && a[sw] < a[child + 1]) sw = child + 1;
      if (sw === root) return;
      var t = a[root]; a[root] = a[sw]; a[sw] = t;
      root = sw;
    }
  }
  for (var s = (a.length - 2) >> 1; s >= 0; s--) sift(s, a.length - 1);
  for (var end = a.length - 1; end > 0; end--) {
    var t = a[end]; a[end] = a[0]; a[0] = t;
    sift(0, end - 1);
  }
  return a;
}
var seed = 42;
function rand() { seed = (seed * 16807) % 2147483647; return seed; }
var data = [];
for (var i = 0; i < 40; i++) data.push(rand() % 1000 - 300);
console.log(data);
var expected = data.slice().sort(function (a, b) { return a - b; });
var algos = { insertion: insertionSort, quick: quickSort, merge: mergeSort, heap: heapSort };
for (var name in algos) {
  var res = algos[name](data);
  console.log(name, res.join(",") === expected.join(","), res.length, res[0], res[res.length - 1]);
}
console.log(expected);
console.log(data.slice().sort().slice(0, 10));
console.log(mergeSort(["pear", "fig", "apple", "kiwi", "date"]), quickSort([3, 1, 2, 3, 1]));
