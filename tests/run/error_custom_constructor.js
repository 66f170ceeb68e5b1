function ValidationError(message, field) {
  this.message = message;
  this.field = field;
  this.name = "ValidationError";
}
ValidationError.prototype = new Error();
function validate(user) {
  if (!user.name) throw new ValidationError("name required", "name");
  if (user.age < 0) throw new ValidationError("age must be >= 0", "age");
  return "valid";
}
var users = [{ name: "a", age: 1 }, { age: 3 }, { name: "b", age: -1 }];
for (var i = 0; i < users.length; i++) {
  try {
    console.log(validate(users[i]));
  } catch (e) {
    console.log(e instanceof ValidationError, e instanceof Error, e.name, e.field, e.message, String(e));
  }
}
var e = new TypeError("t");
e.extra = 5;
console.log(e.extra, e.message);
var plain = new Error("plain");
plain.name = "Renamed";
console.log(String(plain));
