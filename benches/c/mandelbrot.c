/* mandelbrot: the Benchmarks Game Mandelbrot set (SIZE x SIZE pixels over
 * [-1.5, 0.5] x [-1, 1], 50 iterations, escape at |z|^2 > 4), packed into PBM
 * row bytes; prints the number of points in the set and an FNV-1a hash of the
 * bytes. Same algorithm and output line as benches/programs/mandelbrot.js. */
#include <stdint.h>
#include <stdio.h>

#define SIZE 3000
#define ITER 50
#define LIMIT 4.0

int main(void) {
  const int n = SIZE;
  uint32_t hash = 2166136261u;
  long inside = 0, bytes = 0;
  for (int y = 0; y < n; y++) {
    double ci = (2.0 * y) / n - 1.0;
    int bits = 0, bit_num = 0;
    for (int x = 0; x < n; x++) {
      double cr = (2.0 * x) / n - 1.5;
      double zr = 0.0, zi = 0.0, tr = 0.0, ti = 0.0;
      int i = 0;
      while (i < ITER && tr + ti <= LIMIT) {
        zi = 2.0 * zr * zi + ci;
        zr = tr - ti + cr;
        tr = zr * zr;
        ti = zi * zi;
        i++;
      }
      bits <<= 1;
      if (tr + ti <= LIMIT) {
        bits |= 1;
        inside++;
      }
      bit_num++;
      if (bit_num == 8 || x == n - 1) {
        if (bit_num != 8) bits <<= (8 - bit_num);
        hash = (hash ^ (uint32_t)bits) * 16777619u;
        bytes++;
        bits = 0;
        bit_num = 0;
      }
    }
  }
  if (bytes != (long)n * ((n + 7) / 8)) {
    fprintf(stderr, "mandelbrot: %ld bytes, expected %ld\n", bytes, (long)n * ((n + 7) / 8));
    return 1;
  }
  if (SIZE == 3000 && !(inside == 3572354 && hash == 733123843u)) {
    fprintf(stderr, "mandelbrot(%d) = %ld %u, expected 3572354 733123843\n", SIZE, inside, hash);
    return 1;
  }
  printf("mandelbrot: ok %ld %u\n", inside, hash);
  return 0;
}
