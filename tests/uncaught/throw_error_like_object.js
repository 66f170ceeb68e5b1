function E(m) {
  this.message = m;
}
E.prototype = Object.create(Error.prototype);
E.prototype.name = "E";
throw new E("not a native error");
