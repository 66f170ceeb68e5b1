// nbody: the Benchmarks Game n-body simulation of the Jovian planets
// (symplectic integrator, dt = 0.01). Prints the total energy before and
// after SIZE steps to 9 decimals; checked against the published values.
const SIZE = 5000000; // bench:size bench:smoke 1000

const PI = 3.141592653589793;
const SOLAR_MASS = 4 * PI * PI;
const DAYS_PER_YEAR = 365.24;

function Body(x, y, z, vx, vy, vz, mass) {
  this.x = x;
  this.y = y;
  this.z = z;
  this.vx = vx;
  this.vy = vy;
  this.vz = vz;
  this.mass = mass;
}

function makeBodies() {
  const sun = new Body(0, 0, 0, 0, 0, 0, SOLAR_MASS);
  const jupiter = new Body(
    4.84143144246472090e+00,
    -1.16032004402742839e+00,
    -1.03622044471123109e-01,
    1.66007664274403694e-03 * DAYS_PER_YEAR,
    7.69901118419740425e-03 * DAYS_PER_YEAR,
    -6.90460016972063023e-05 * DAYS_PER_YEAR,
    9.54791938424326609e-04 * SOLAR_MASS);
  const saturn = new Body(
    8.34336671824457987e+00,
    4.12479856412430479e+00,
    -4.03523417114321381e-01,
    -2.76742510726862411e-03 * DAYS_PER_YEAR,
    4.99852801234917238e-03 * DAYS_PER_YEAR,
    2.30417297573763929e-05 * DAYS_PER_YEAR,
    2.85885980666130812e-04 * SOLAR_MASS);
  const uranus = new Body(
    1.28943695621391310e+01,
    -1.51111514016986312e+01,
    -2.23307578892655734e-01,
    2.96460137564761618e-03 * DAYS_PER_YEAR,
    2.37847173959480950e-03 * DAYS_PER_YEAR,
    -2.96589568540237556e-05 * DAYS_PER_YEAR,
    4.36624404335156298e-05 * SOLAR_MASS);
  const neptune = new Body(
    1.53796971148509165e+01,
    -2.59193146099879641e+01,
    1.79258772950371181e-01,
    2.68067772490389322e-03 * DAYS_PER_YEAR,
    1.62824170038242295e-03 * DAYS_PER_YEAR,
    -9.51592254519715870e-05 * DAYS_PER_YEAR,
    5.15138902046611451e-05 * SOLAR_MASS);
  return [sun, jupiter, saturn, uranus, neptune];
}

function offsetMomentum(bodies) {
  let px = 0;
  let py = 0;
  let pz = 0;
  for (let i = 0; i < bodies.length; i++) {
    const b = bodies[i];
    px += b.vx * b.mass;
    py += b.vy * b.mass;
    pz += b.vz * b.mass;
  }
  const sun = bodies[0];
  sun.vx = -px / SOLAR_MASS;
  sun.vy = -py / SOLAR_MASS;
  sun.vz = -pz / SOLAR_MASS;
}

function advance(bodies, dt) {
  const n = bodies.length;
  for (let i = 0; i < n; i++) {
    const bi = bodies[i];
    const xi = bi.x;
    const yi = bi.y;
    const zi = bi.z;
    let vxi = bi.vx;
    let vyi = bi.vy;
    let vzi = bi.vz;
    const mi = bi.mass;
    for (let j = i + 1; j < n; j++) {
      const bj = bodies[j];
      const dx = xi - bj.x;
      const dy = yi - bj.y;
      const dz = zi - bj.z;
      const d2 = dx * dx + dy * dy + dz * dz;
      const mag = dt / (d2 * Math.sqrt(d2));
      const mj = bj.mass * mag;
      vxi -= dx * mj;
      vyi -= dy * mj;
      vzi -= dz * mj;
      const mim = mi * mag;
      bj.vx += dx * mim;
      bj.vy += dy * mim;
      bj.vz += dz * mim;
    }
    bi.vx = vxi;
    bi.vy = vyi;
    bi.vz = vzi;
  }
  for (let i = 0; i < n; i++) {
    const b = bodies[i];
    b.x += dt * b.vx;
    b.y += dt * b.vy;
    b.z += dt * b.vz;
  }
}

function energy(bodies) {
  let e = 0;
  const n = bodies.length;
  for (let i = 0; i < n; i++) {
    const bi = bodies[i];
    e += 0.5 * bi.mass * (bi.vx * bi.vx + bi.vy * bi.vy + bi.vz * bi.vz);
    for (let j = i + 1; j < n; j++) {
      const bj = bodies[j];
      const dx = bi.x - bj.x;
      const dy = bi.y - bj.y;
      const dz = bi.z - bj.z;
      e -= (bi.mass * bj.mass) / Math.sqrt(dx * dx + dy * dy + dz * dz);
    }
  }
  return e;
}

// Published Benchmarks Game outputs (energy after SIZE steps, 9 decimals).
const KNOWN = {
  "1000": "-0.169087605",
  "50000": "-0.169078071",
  "5000000": "-0.169083134",
  "50000000": "-0.169059907",
};

const bodies = makeBodies();
offsetMomentum(bodies);
const before = energy(bodies).toFixed(9);
for (let i = 0; i < SIZE; i++) advance(bodies, 0.01);
const after = energy(bodies).toFixed(9);
if (before !== "-0.169075164") {
  throw new Error(`nbody: initial energy ${before}, expected -0.169075164`);
}
const known = KNOWN[String(SIZE)];
if (known !== undefined && after !== known) {
  throw new Error(`nbody: energy after ${SIZE} steps ${after}, expected ${known}`);
}
console.log(`nbody: ok ${before} ${after}`);
