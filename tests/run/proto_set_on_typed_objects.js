// Objects the compiler types by their constructor may get another
// prototype through a key it cannot see (computed at run time); their
// methods and fields must then be looked up on the new chain.
function Point(x, y) {
  this.x = x;
  this.y = y;
}
Point.prototype.describe = function () {
  return "point " + this.x + "," + this.y;
};
Point.prototype.norm1 = function () {
  return Math.abs(this.x) + Math.abs(this.y);
};
const alt = {
  describe: function () {
    return "alt " + this.x;
  },
};
const key = ["__pro", "to__"].join("");
function retarget(o, proto) {
  o[key] = proto;
  return o;
}
let total = 0;
const points = [];
for (let i = 0; i < 5; i++) {
  const p = new Point(i, -i);
  total += p.norm1();
  points.push(p);
}
retarget(points[2], alt);
for (let i = 0; i < points.length; i++) {
  console.log(points[i].describe(), typeof points[i].norm1);
}
console.log(total, points[2].x, points[2].y);
// Literal objects too.
const rec = { a: 1, b: 2 };
rec[key] = { extra: "inherited" };
console.log(rec.extra, rec, Object.keys(rec));
