// List (Are We Fast Yet): builds singly linked lists and runs the classic
// Takeuchi-style "tail" recursion over them (Gabriel's TAKL).
// Each iteration must produce a list of length 10.

const SIZE = 15000; // bench:size bench:smoke 3

function Element(v) {
  this.val = v;
  this.next = null;
}

Element.prototype.length = function () {
  if (this.next === null) {
    return 1;
  }
  return 1 + this.next.length();
};

function makeList(length) {
  if (length === 0) {
    return null;
  }
  const e = new Element(length);
  e.next = makeList(length - 1);
  return e;
}

function isShorterThan(x, y) {
  let xTail = x;
  let yTail = y;
  while (yTail !== null) {
    if (xTail === null) {
      return true;
    }
    xTail = xTail.next;
    yTail = yTail.next;
  }
  return false;
}

function tail(x, y, z) {
  if (isShorterThan(y, x)) {
    return tail(tail(x.next, y, z), tail(y.next, z, x), tail(z.next, x, y));
  }
  return z;
}

function benchmark() {
  const result = tail(makeList(15), makeList(10), makeList(6));
  return result.length();
}

function verifyResult(result) {
  return result === 10;
}

let checksum = 0;
for (let iter = 0; iter < SIZE; iter++) {
  const result = benchmark();
  if (!verifyResult(result)) {
    throw new Error(`list: wrong result ${result} in iteration ${iter}`);
  }
  checksum += result;
}
console.log(`list: ok ${checksum}`);
