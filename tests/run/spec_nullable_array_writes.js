// Element writes through a field that holds an array or null (set in a
// method, as Permute's `this.v`) are plain stores once the receiver is
// known to be the array; null or undefined still throws Node's TypeError.
function Holder() {
  this.v = null;
}
Holder.prototype.fill = function (n) {
  this.v = new Array(n);
  for (let i = 0; i < n; i++) this.v[i] = i * 2;
};
Holder.prototype.swap = function (i, j) {
  const t = this.v[i];
  this.v[i] = this.v[j];
  this.v[j] = t;
};
Holder.prototype.put = function (i, x) {
  this.v[i] = x;
};
const h = new Holder();
try {
  h.put(0, 1);
} catch (e) {
  console.log(e instanceof TypeError, e.message);
}
h.fill(5);
h.swap(0, 4);
h.swap(1, 3);
h.put(7, 9);
console.log(h.v, h.v.length);
h.v = null;
try {
  h.swap(0, 1);
} catch (e) {
  console.log(e.message);
}
try {
  h.put(2, "x");
} catch (e) {
  console.log(e.message);
}
