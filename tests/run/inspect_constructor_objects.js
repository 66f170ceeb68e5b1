function Point(x, y) { this.x = x; this.y = y; }
console.log(new Point(1, 2));
console.log([new Point(1, 2), new Point(3, 4)]);
console.log({ origin: new Point(0, 0) });
function Empty() {}
console.log(new Empty(), [new Empty()]);
function Box(v) { this.value = v; }
Box.prototype.get = function () { return this.value; };
console.log(new Box([1, 2, 3]), new Box(new Box("deep")));
function Animal() { this.legs = 4; }
function Dog() { Animal.call(this); this.sound = "woof"; }
Dog.prototype = new Animal();
Dog.prototype.constructor = Dog;
console.log(new Dog());
function Node(v) { this.val = v; this.next = null; }
var n = new Node(1);
n.next = new Node(2);
n.next.next = new Node(3);
n.next.next.next = new Node(4);
console.log(n);
