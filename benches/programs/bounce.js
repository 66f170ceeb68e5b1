// Bounce (Are We Fast Yet): 100 balls bounce inside a 500x500 box for 50
// steps; the benchmark counts how many times a ball hits a wall.
// Each iteration must count 1331 bounces.

const SIZE = 20000; // bench:size bench:smoke 5

function Random() {
  this.seed = 74755;
}
Random.prototype.next = function () {
  this.seed = ((this.seed * 1309) + 13849) & 65535;
  return this.seed;
};

function Ball(random) {
  this.x = random.next() % 500;
  this.y = random.next() % 500;
  this.xVel = (random.next() % 300) - 150;
  this.yVel = (random.next() % 300) - 150;
}

Ball.prototype.bounce = function () {
  const xLimit = 500;
  const yLimit = 500;
  let bounced = false;

  this.x += this.xVel;
  this.y += this.yVel;
  if (this.x > xLimit) {
    this.x = xLimit;
    this.xVel = 0 - Math.abs(this.xVel);
    bounced = true;
  }
  if (this.x < 0) {
    this.x = 0;
    this.xVel = Math.abs(this.xVel);
    bounced = true;
  }
  if (this.y > yLimit) {
    this.y = yLimit;
    this.yVel = 0 - Math.abs(this.yVel);
    bounced = true;
  }
  if (this.y < 0) {
    this.y = 0;
    this.yVel = Math.abs(this.yVel);
    bounced = true;
  }
  return bounced;
};

function benchmark() {
  const random = new Random();
  const ballCount = 100;
  let bounces = 0;
  const balls = new Array(ballCount);

  for (let i = 0; i < ballCount; i++) {
    balls[i] = new Ball(random);
  }

  for (let i = 0; i < 50; i++) {
    balls.forEach((ball) => {
      if (ball.bounce()) {
        bounces += 1;
      }
    });
  }
  return bounces;
}

function verifyResult(result) {
  return result === 1331;
}

let checksum = 0;
for (let iter = 0; iter < SIZE; iter++) {
  const result = benchmark();
  if (!verifyResult(result)) {
    throw new Error(`bounce: wrong result ${result} in iteration ${iter}`);
  }
  checksum += result;
}
console.log(`bounce: ok ${checksum}`);
