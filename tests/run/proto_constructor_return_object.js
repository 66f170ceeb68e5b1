function Normal() { this.a = 1; }
function ReturnsObject() { this.a = 1; return { b: 2 }; }
function ReturnsPrimitive() { this.a = 1; return 42; }
function ReturnsArray() { this.ignored = true; return [1, 2]; }
function ReturnsNull() { this.a = 3; return null; }
console.log(new Normal(), new ReturnsObject(), new ReturnsPrimitive(), new ReturnsArray(), new ReturnsNull());
console.log(new ReturnsObject() instanceof ReturnsObject, new ReturnsPrimitive() instanceof ReturnsPrimitive);
function Singleton() {
  if (Singleton.instance) return Singleton.instance;
  this.created = Singleton.count = (Singleton.count || 0) + 1;
  Singleton.instance = this;
}
var s1 = new Singleton(), s2 = new Singleton();
console.log(s1 === s2, s1.created, Singleton.count);
function Factory(kind) {
  if (kind === "list") return [kind];
  this.kind = kind;
}
console.log(new Factory("list"), new Factory("thing"));
var C = function () { this.z = 26; };
var c = new C;
console.log(c.z, c instanceof C);
