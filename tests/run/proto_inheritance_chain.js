function Animal(name) {
  this.name = name;
}
Animal.prototype.speak = function () { return this.name + " makes a sound"; };
Animal.prototype.describe = function () { return "I am " + this.name + ": " + this.speak(); };
function Dog(name, breed) {
  Animal.call(this, name);
  this.breed = breed;
}
Dog.prototype = new Animal();
Dog.prototype.constructor = Dog;
Dog.prototype.speak = function () { return this.name + " barks"; };
function Puppy(name) {
  Dog.call(this, name, "mixed");
}
Puppy.prototype = new Dog();
Puppy.prototype.constructor = Puppy;
Puppy.prototype.speak = function () { return Dog.prototype.speak.call(this) + " softly"; };
var a = new Animal("generic"), d = new Dog("Rex", "lab"), p = new Puppy("Bit");
console.log(a.speak());
console.log(d.speak(), d.breed);
console.log(p.describe(), p.breed);
console.log(p instanceof Puppy, p instanceof Dog, p instanceof Animal, d instanceof Puppy, a instanceof Dog);
console.log(d.constructor === Dog, p.constructor === Puppy, p.hasOwnProperty("speak"), p.hasOwnProperty("name"));
var animals = [a, d, p];
console.log(animals.map(function (x) { return x.speak(); }).join(" | "));
Animal.prototype.legs = 4;
console.log(p.legs, d.legs);
