function check(x) {
  if (x < 0) throw new RangeError("negative: " + x);
}
check(-1);
