var a = { v: 1 };
var b = a;
b.v = 2;
console.log(a.v, a === b, { v: 2 } === a, {} == {});
function mutate(o) { o.v = 100; o = { v: -1 }; return o; }
var r = mutate(a);
console.log(a.v, r.v);
var arr = [a, a];
arr[0].v = 7;
console.log(arr[1].v, arr);
var c = [1, 2];
var d = c;
d.push(3);
console.log(c, c === d, [1, 2, 3] == c);
var self = {};
self.me = self;
console.log(self.me.me === self);
