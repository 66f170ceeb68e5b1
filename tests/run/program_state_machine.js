// Traffic light + vending machine state machines driven by switch.
function trafficLight(events) {
  var state = "red", log = [];
  for (var i = 0; i < events.length; i++) {
    var ev = events[i];
    switch (state) {
      case "red":
        if (ev === "timer") state = "green";
        break;
      case "green":
        if (ev === "timer") state = "yellow";
        else if (ev === "emergency") state = "red";
        break;
      case "yellow":
        if (ev === "timer" || ev === "emergency") state = "red";
        break;
    }
    log.push(state);
  }
  return log;
}
console.log(trafficLight(["timer", "timer", "timer", "timer", "emergency", "timer", "noop", "emergency"]).join(" -> "));
function Vending(prices) {
  this.prices = prices;
  this.state = "idle";
  this.credit = 0;
  this.out = [];
}
Vending.prototype.send = function (cmd, arg) {
  switch (this.state + ":" + cmd) {
    case "idle:coin":
    case "paying:coin":
      this.credit += arg;
      this.state = "paying";
      return "credit " + this.credit;
    case "paying:select":
      if (!(arg in this.prices)) return "unknown item " + arg;
      if (this.credit < this.prices[arg]) return "need " + (this.prices[arg] - this.credit) + " more";
      this.credit -= this.prices[arg];
      this.out.push(arg);
      this.state = this.credit > 0 ? "paying" : "idle";
      return "vend " + arg;
    case "paying:refund":
      var r = this.credit;
      this.credit = 0;
      this.state = "idle";
      return "refund " + r;
    case "idle:select":
    case "idle:refund":
      return "insert coins first";
    default:
      return "invalid " + cmd + " in " + this.state;
  }
};
var vm = new Vending({ cola: 150, chips: 100, gum: 50 });
var script = [["select", "cola"], ["coin", 100], ["select", "cola"], ["coin", 100], ["select", "cola"],
  ["select", "gum"], ["select", "tea"], ["refund"], ["refund"], ["dance"], ["coin", 25], ["coin", 25], ["select", "gum"]];
for (var i = 0; i < script.length; i++) console.log(script[i][0], vm.send(script[i][0], script[i][1]), "|", vm.state, vm.credit);
console.log(vm.out, vm);
