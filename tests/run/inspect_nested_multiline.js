var config = {
  server: { host: "localhost", port: 8080, secure: false },
  database: { name: "production_database", user: "administrator", pool: { min: 2, max: 10 } },
  features: ["authentication", "logging", "caching", "rate-limiting"],
  version: "1.2.3"
};
console.log(config);
var matrix = [];
for (var i = 0; i < 6; i++) {
  var row = [];
  for (var j = 0; j < 6; j++) row.push(i * j);
  matrix.push(row);
}
console.log(matrix);
var bigRows = [];
for (var r = 0; r < 3; r++) {
  var br = [];
  for (var c = 0; c < 12; c++) br.push(r * 100 + c);
  bigRows.push(br);
}
console.log(bigRows);
console.log({ list: [1, 2, 3], text: "a fairly long string value to push the width of this line past eighty" });
