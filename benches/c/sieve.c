/* sieve: Sieve of Eratosthenes over an array of flags. Sieves the numbers up
 * to SIZE, REPS times (a fresh array each time), and prints the prime count
 * and the sum of the primes. Same algorithm and output line as
 * benches/programs/sieve.js. */
#include <stdio.h>
#include <stdlib.h>

#define SIZE 2000000
#define REPS 5

static unsigned char *sieve(long n) {
  unsigned char *flags = malloc(n + 1);
  if (!flags) abort();
  for (long i = 0; i <= n; i++) flags[i] = 1;
  flags[0] = 0;
  if (n >= 1) flags[1] = 0;
  for (long i = 2; i * i <= n; i++) {
    if (flags[i]) {
      for (long j = i * i; j <= n; j += i) flags[j] = 0;
    }
  }
  return flags;
}

int main(void) {
  long count = 0;
  long long sum = 0;
  for (int rep = 0; rep < REPS; rep++) {
    unsigned char *flags = sieve(SIZE);
    long c = 0;
    long long s = 0;
    for (long i = 0; i <= SIZE; i++) {
      if (flags[i]) {
        c++;
        s += i;
      }
    }
    free(flags);
    if (rep > 0 && (c != count || s != sum)) {
      fprintf(stderr, "sieve: repetition %d disagrees\n", rep);
      return 1;
    }
    count = c;
    sum = s;
  }
  if (SIZE == 2000000 && (count != 148933 || sum != 142913828922LL)) {
    fprintf(stderr, "sieve: got %ld %lld, expected 148933 142913828922\n", count, sum);
    return 1;
  }
  printf("sieve: ok %ld %lld\n", count, sum);
  return 0;
}
