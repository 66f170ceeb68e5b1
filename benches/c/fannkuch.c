/* fannkuch: the Benchmarks Game fannkuch-redux. For every permutation of
 * 1..SIZE count the prefix reversals until 1 is in front; prints the
 * alternating-sign checksum and the maximum number of flips. Runs REPS times.
 * Same algorithm and output line as benches/programs/fannkuch.js. */
#include <stdio.h>

#define SIZE 10
#define REPS 2

static void fannkuch(int n, long *checksum_out, int *max_flips_out) {
  int perm[32], perm1[32], count[32];
  for (int i = 0; i < n; i++) {
    perm[i] = 0;
    perm1[i] = i;
    count[i] = 0;
  }
  int max_flips = 0;
  long checksum = 0;
  long perm_count = 0;
  int r = n;
  for (;;) {
    while (r != 1) {
      count[r - 1] = r;
      r--;
    }
    for (int i = 0; i < n; i++) perm[i] = perm1[i];
    int flips = 0;
    int k = perm[0];
    while (k != 0) {
      int lo = 0, hi = k;
      while (lo < hi) {
        int t = perm[lo];
        perm[lo] = perm[hi];
        perm[hi] = t;
        lo++;
        hi--;
      }
      flips++;
      k = perm[0];
    }
    if (flips > max_flips) max_flips = flips;
    checksum += perm_count % 2 == 0 ? flips : -flips;
    for (;;) {
      if (r == n) {
        *checksum_out = checksum;
        *max_flips_out = max_flips;
        return;
      }
      int perm0 = perm1[0];
      for (int i = 0; i < r; i++) perm1[i] = perm1[i + 1];
      perm1[r] = perm0;
      count[r]--;
      if (count[r] > 0) break;
      r++;
    }
    perm_count++;
  }
}

int main(void) {
  long checksum;
  int max_flips;
  fannkuch(SIZE, &checksum, &max_flips);
  for (int rep = 1; rep < REPS; rep++) {
    long c;
    int m;
    fannkuch(SIZE, &c, &m);
    if (c != checksum || m != max_flips) {
      fprintf(stderr, "fannkuch: repetition %d disagrees\n", rep);
      return 1;
    }
  }
  if (SIZE == 10 && (checksum != 73196 || max_flips != 38)) {
    fprintf(stderr, "fannkuch(%d) = %ld %d, expected 73196 38\n", SIZE, checksum, max_flips);
    return 1;
  }
  printf("fannkuch: ok %ld %d\n", checksum, max_flips);
  return 0;
}
