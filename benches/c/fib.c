/* fib: naive doubly-recursive Fibonacci, fib(SIZE); same algorithm and
 * output line as benches/programs/fib.js. */
#include <stdio.h>
#include <stdlib.h>

#define SIZE 38

static long fib(long n) {
  if (n < 2) return n;
  return fib(n - 1) + fib(n - 2);
}

static long fib_iter(long n) {
  long a = 0, b = 1;
  for (long i = 0; i < n; i++) {
    long t = a + b;
    a = b;
    b = t;
  }
  return a;
}

int main(void) {
  long result = fib(SIZE);
  long expected = fib_iter(SIZE);
  if (result != expected) {
    fprintf(stderr, "fib(%d) = %ld, expected %ld\n", SIZE, result, expected);
    return 1;
  }
  printf("fib: ok %ld\n", result);
  return 0;
}
