/* nbody: the Benchmarks Game n-body simulation of the Jovian planets
 * (symplectic integrator, dt = 0.01); same algorithm and output line as
 * benches/programs/nbody.js. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#define SIZE 5000000

#define PI 3.141592653589793
#define SOLAR_MASS (4 * PI * PI)
#define DAYS_PER_YEAR 365.24
#define NBODIES 5

struct body {
  double x, y, z, vx, vy, vz, mass;
};

static struct body bodies[NBODIES] = {
  {0, 0, 0, 0, 0, 0, SOLAR_MASS},
  {4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
   1.66007664274403694e-03 * DAYS_PER_YEAR, 7.69901118419740425e-03 * DAYS_PER_YEAR,
   -6.90460016972063023e-05 * DAYS_PER_YEAR, 9.54791938424326609e-04 * SOLAR_MASS},
  {8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
   -2.76742510726862411e-03 * DAYS_PER_YEAR, 4.99852801234917238e-03 * DAYS_PER_YEAR,
   2.30417297573763929e-05 * DAYS_PER_YEAR, 2.85885980666130812e-04 * SOLAR_MASS},
  {1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
   2.96460137564761618e-03 * DAYS_PER_YEAR, 2.37847173959480950e-03 * DAYS_PER_YEAR,
   -2.96589568540237556e-05 * DAYS_PER_YEAR, 4.36624404335156298e-05 * SOLAR_MASS},
  {1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
   2.68067772490389322e-03 * DAYS_PER_YEAR, 1.62824170038242295e-03 * DAYS_PER_YEAR,
   -9.51592254519715870e-05 * DAYS_PER_YEAR, 5.15138902046611451e-05 * SOLAR_MASS},
};

static void offset_momentum(struct body *b, int n) {
  double px = 0, py = 0, pz = 0;
  for (int i = 0; i < n; i++) {
    px += b[i].vx * b[i].mass;
    py += b[i].vy * b[i].mass;
    pz += b[i].vz * b[i].mass;
  }
  b[0].vx = -px / SOLAR_MASS;
  b[0].vy = -py / SOLAR_MASS;
  b[0].vz = -pz / SOLAR_MASS;
}

static void advance(struct body *b, int n, double dt) {
  for (int i = 0; i < n; i++) {
    struct body *bi = &b[i];
    double xi = bi->x, yi = bi->y, zi = bi->z;
    double vxi = bi->vx, vyi = bi->vy, vzi = bi->vz;
    double mi = bi->mass;
    for (int j = i + 1; j < n; j++) {
      struct body *bj = &b[j];
      double dx = xi - bj->x;
      double dy = yi - bj->y;
      double dz = zi - bj->z;
      double d2 = dx * dx + dy * dy + dz * dz;
      double mag = dt / (d2 * sqrt(d2));
      double mj = bj->mass * mag;
      vxi -= dx * mj;
      vyi -= dy * mj;
      vzi -= dz * mj;
      double mim = mi * mag;
      bj->vx += dx * mim;
      bj->vy += dy * mim;
      bj->vz += dz * mim;
    }
    bi->vx = vxi;
    bi->vy = vyi;
    bi->vz = vzi;
  }
  for (int i = 0; i < n; i++) {
    b[i].x += dt * b[i].vx;
    b[i].y += dt * b[i].vy;
    b[i].z += dt * b[i].vz;
  }
}

static double energy(const struct body *b, int n) {
  double e = 0;
  for (int i = 0; i < n; i++) {
    const struct body *bi = &b[i];
    e += 0.5 * bi->mass * (bi->vx * bi->vx + bi->vy * bi->vy + bi->vz * bi->vz);
    for (int j = i + 1; j < n; j++) {
      const struct body *bj = &b[j];
      double dx = bi->x - bj->x;
      double dy = bi->y - bj->y;
      double dz = bi->z - bj->z;
      e -= (bi->mass * bj->mass) / sqrt(dx * dx + dy * dy + dz * dz);
    }
  }
  return e;
}

int main(void) {
  char before[64], after[64];
  offset_momentum(bodies, NBODIES);
  snprintf(before, sizeof before, "%.9f", energy(bodies, NBODIES));
  for (int i = 0; i < SIZE; i++) advance(bodies, NBODIES, 0.01);
  snprintf(after, sizeof after, "%.9f", energy(bodies, NBODIES));
  if (strcmp(before, "-0.169075164") != 0) {
    fprintf(stderr, "nbody: initial energy %s, expected -0.169075164\n", before);
    return 1;
  }
  if (SIZE == 5000000 && strcmp(after, "-0.169083134") != 0) {
    fprintf(stderr, "nbody: energy after %d steps %s, expected -0.169083134\n", SIZE, after);
    return 1;
  }
  printf("nbody: ok %s %s\n", before, after);
  return 0;
}
