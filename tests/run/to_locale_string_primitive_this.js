"use strict";
// Object.prototype.toLocaleString is Invoke(this, "toString"): a toString
// getter sees the primitive `this`, not its wrapper.
Object.defineProperty(Boolean.prototype, "toString", {
  get: function () {
    var kind = typeof this;
    return function () {
      return kind + ":" + typeof this;
    };
  },
  configurable: true,
});
console.log(true.toLocaleString());
Object.defineProperty(Number.prototype, "toString", {
  get: function () {
    var kind = typeof this;
    return function () {
      return kind;
    };
  },
  configurable: true,
});
console.log((5).toLocaleString(), Object.prototype.toLocaleString.call(7));
