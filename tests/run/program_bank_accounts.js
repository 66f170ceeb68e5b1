function Account(owner, balance) {
  this.owner = owner;
  this.balance = balance || 0;
  this.history = [];
}
Account.prototype.deposit = function (amount) {
  if (amount <= 0) throw new RangeError("Deposit must be positive");
  this.balance += amount;
  this.history.push("D" + amount);
  return this;
};
Account.prototype.withdraw = function (amount) {
  if (amount > this.balance) throw new Error("Insufficient funds for " + this.owner);
  this.balance -= amount;
  this.history.push("W" + amount);
  return this;
};
Account.prototype.describe = function () {
  return this.owner + ": " + this.balance.toFixed(2) + " [" + this.history.join(",") + "]";
};
function SavingsAccount(owner, balance, rate) {
  Account.call(this, owner, balance);
  this.rate = rate;
}
SavingsAccount.prototype = new Account("proto", 0);
SavingsAccount.prototype.constructor = SavingsAccount;
SavingsAccount.prototype.addInterest = function () {
  var interest = Math.round(this.balance * this.rate * 100) / 100;
  this.balance += interest;
  this.history.push("I" + interest);
  return interest;
};
SavingsAccount.prototype.withdraw = function (amount) {
  if (this.history.length > 5) throw new Error("Too many transactions");
  return Account.prototype.withdraw.call(this, amount);
};
function Bank() { this.accounts = {}; this.count = 0; }
Bank.prototype.open = function (acct) { this.accounts[acct.owner] = acct; this.count++; return acct; };
Bank.prototype.transfer = function (from, to, amount) {
  var a = this.accounts[from], b = this.accounts[to];
  if (!a || !b) throw new ReferenceError("No such account: " + (a ? to : from));
  a.withdraw(amount);
  b.deposit(amount);
};
Bank.prototype.total = function () {
  var t = 0;
  for (var k in this.accounts) t += this.accounts[k].balance;
  return t;
};
var bank = new Bank();
bank.open(new Account("alice", 100));
bank.open(new Account("bob"));
bank.open(new SavingsAccount("carol", 1000, 0.035));
var ops = [
  ["transfer", "alice", "bob", 30],
  ["transfer", "bob", "alice", 50],
  ["transfer", "carol", "bob", 250.5],
  ["transfer", "alice", "dave", 1],
  ["deposit", "bob", -5],
  ["interest", "carol"],
  ["deposit", "alice", 0.1],
  ["deposit", "alice", 0.2]
];
for (var i = 0; i < ops.length; i++) {
  var op = ops[i];
  try {
    switch (op[0]) {
      case "transfer": bank.transfer(op[1], op[2], op[3]); break;
      case "deposit": bank.accounts[op[1]].deposit(op[2]); break;
      case "interest": console.log("interest", bank.accounts[op[1]].addInterest()); break;
    }
    console.log("ok", op.join(" "));
  } catch (e) {
    console.log("fail", op.join(" "), "-", String(e));
  }
}
for (var name in bank.accounts) console.log(bank.accounts[name].describe());
console.log(bank.total(), bank.total().toFixed(2), bank.count);
console.log(bank.accounts.carol instanceof Account, bank.accounts.carol instanceof SavingsAccount, bank.accounts.bob instanceof SavingsAccount);
console.log(bank.accounts.alice);
