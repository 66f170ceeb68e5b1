var people = [
  { name: "Alice", age: 30, city: "Paris" },
  { name: "Bob", age: 25, city: "London" },
  { name: "Carol", age: 35, city: "Berlin" }
];
console.log(people);
console.log([{ a: 1 }, { b: 2 }]);
var rows = [];
for (var i = 0; i < 5; i++) rows.push({ id: i, label: "row number " + i, tags: ["t" + i, "u" + i] });
console.log(rows);
console.log({ users: people, count: people.length });
