console.log(5 & 3, 5 | 3, 5 ^ 3, ~5, ~-1, ~0);
console.log(1 << 31, 1 << 32, 1 << 33, -1 << 1);
console.log(-16 >> 2, -16 >>> 2, 16 >> 2, 16 >>> 2);
console.log(-1 >>> 0, -1 >>> 31, -1 >> 31, 0x80000000 >> 0);
console.log(0xff & 0x0f, 0xf0 | 0x0f, 0xaa ^ 0xff);
console.log(~~3.7, ~~-3.7, 3.7 | 0, -3.7 | 0);
console.log(1 << -1, 5 >> 33, 5 << 0);
console.log(0x7fffffff + 1 | 0, 0xffffffff | 0, 0xffffffff >>> 0);
