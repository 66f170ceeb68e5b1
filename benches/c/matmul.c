/* matmul: dense SIZE x SIZE matrix multiply C = A * B (B transposed first),
 * with A = B = [(i - j)(i + j) / n^2]. Prints the middle element and the sum
 * of all elements of C, each checked against its closed form. Same algorithm
 * and output line as benches/programs/matmul.js. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#define SIZE 650

static double **alloc_matrix(int n) {
  double **m = malloc(n * sizeof *m);
  if (!m) abort();
  for (int i = 0; i < n; i++) {
    m[i] = malloc(n * sizeof **m);
    if (!m[i]) abort();
  }
  return m;
}

static void free_matrix(int n, double **m) {
  for (int i = 0; i < n; i++) free(m[i]);
  free(m);
}

static double **matgen(int n) {
  double t = 1.0 / n / n;
  double **m = alloc_matrix(n);
  for (int i = 0; i < n; i++)
    for (int j = 0; j < n; j++) m[i][j] = t * (i - j) * (i + j);
  return m;
}

static double **transpose(int n, double **m) {
  double **r = alloc_matrix(n);
  for (int i = 0; i < n; i++)
    for (int j = 0; j < n; j++) r[i][j] = m[j][i];
  return r;
}

static double **matmul(int n, double **a, double **b) {
  double **bt = transpose(n, b);
  double **c = alloc_matrix(n);
  for (int i = 0; i < n; i++) {
    const double *ai = a[i];
    for (int j = 0; j < n; j++) {
      const double *bj = bt[j];
      double sum = 0;
      for (int k = 0; k < n; k++) sum += ai[k] * bj[k];
      c[i][j] = sum;
    }
  }
  free_matrix(n, bt);
  return c;
}

int main(void) {
  const int n = SIZE;
  double **a = matgen(n), **b = matgen(n);
  double **c = matmul(n, a, b);
  int mid = n / 2;
  double total = 0;
  for (int i = 0; i < n; i++)
    for (int j = 0; j < n; j++) total += c[i][j];

  /* Closed forms (see matmul.js), in doubles like the JS version. */
  double s2 = 0, s4 = 0, dn = n;
  for (int k = 0; k < n; k++) {
    double dk = k;
    s2 += dk * dk;
    s4 += dk * dk * dk * dk;
  }
  double n4 = dn * dn * dn * dn;
  for (int step = 0; step < 8; step++) {
    double i = (step * 37) % n, j = (step * 53 + mid) % n;
    double exact = ((i * i + j * j) * s2 - dn * i * i * j * j - s4) / n4;
    if (fabs(c[(int)i][(int)j] - exact) > 1e-9) {
      fprintf(stderr, "matmul: C[%d][%d] = %.17g, expected %.17g\n", (int)i, (int)j, c[(int)i][(int)j], exact);
      return 1;
    }
  }
  double dm = mid;
  double exact_mid = ((2 * dm * dm) * s2 - dn * dm * dm * dm * dm - s4) / n4;
  if (fabs(c[mid][mid] - exact_mid) > 1e-9) {
    fprintf(stderr, "matmul: C[%d][%d] = %.17g, expected %.17g\n", mid, mid, c[mid][mid], exact_mid);
    return 1;
  }
  double exact_total = (dn * s2 * s2 - dn * dn * s4) / n4;
  if (fabs(total - exact_total) > 1e-9 * fmax(1, fabs(exact_total))) {
    fprintf(stderr, "matmul: sum = %.17g, expected %.17g\n", total, exact_total);
    return 1;
  }
  printf("matmul: ok %.9f %.9f\n", c[mid][mid], total);
  free_matrix(n, a);
  free_matrix(n, b);
  free_matrix(n, c);
  return 0;
}
