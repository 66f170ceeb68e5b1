/* spectralnorm: the Benchmarks Game spectral norm of the infinite matrix
 * A(i,j) = 1/((i+j)(i+j+1)/2 + i + 1), truncated to SIZE x SIZE, by 10 rounds
 * of the power method on A^T A. Same algorithm and output line as
 * benches/programs/spectralnorm.js. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SIZE 2500

static double a(int i, int j) {
  return 1.0 / ((double)(i + j) * (i + j + 1) / 2 + i + 1);
}

static void multiply_av(int n, const double *v, double *av) {
  for (int i = 0; i < n; i++) {
    double sum = 0;
    for (int j = 0; j < n; j++) sum += a(i, j) * v[j];
    av[i] = sum;
  }
}

static void multiply_atv(int n, const double *v, double *atv) {
  for (int i = 0; i < n; i++) {
    double sum = 0;
    for (int j = 0; j < n; j++) sum += a(j, i) * v[j];
    atv[i] = sum;
  }
}

static void multiply_atav(int n, const double *v, double *tmp, double *atav) {
  multiply_av(n, v, tmp);
  multiply_atv(n, tmp, atav);
}

static double spectralnorm(int n) {
  double *u = malloc(n * sizeof *u);
  double *v = malloc(n * sizeof *v);
  double *tmp = malloc(n * sizeof *tmp);
  for (int i = 0; i < n; i++) {
    u[i] = 1;
    v[i] = 0;
    tmp[i] = 0;
  }
  for (int i = 0; i < 10; i++) {
    multiply_atav(n, u, tmp, v);
    multiply_atav(n, v, tmp, u);
  }
  double vBv = 0, vv = 0;
  for (int i = 0; i < n; i++) {
    vBv += u[i] * v[i];
    vv += v[i] * v[i];
  }
  free(u);
  free(v);
  free(tmp);
  return sqrt(vBv / vv);
}

int main(void) {
  char result[64];
  snprintf(result, sizeof result, "%.9f", spectralnorm(SIZE));
  if (SIZE == 2500 && strcmp(result, "1.274224153") != 0) {
    fprintf(stderr, "spectralnorm(%d) = %s, expected 1.274224153\n", SIZE, result);
    return 1;
  }
  printf("spectralnorm: ok %s\n", result);
  return 0;
}
