// mandelbrot: the Benchmarks Game Mandelbrot set (SIZE x SIZE pixels over
// [-1.5, 0.5] x [-1, 1], 50 iterations, escape at |z|^2 > 4). Instead of
// writing the PBM bitmap it packs the rows into bytes exactly as the PBM
// output would and prints the number of points in the set and a hash of the
// bytes; both are checked against values recorded from this program and its
// C twin (benches/c/mandelbrot.c), which agree bit for bit.
const SIZE = 3000; // bench:size bench:smoke 200

const ITER = 50;
const LIMIT = 4.0;

function mandelbrot(n) {
  let hash = 2166136261;
  let inside = 0;
  let bytes = 0;
  for (let y = 0; y < n; y++) {
    const ci = (2.0 * y) / n - 1.0;
    let bits = 0;
    let bitNum = 0;
    for (let x = 0; x < n; x++) {
      const cr = (2.0 * x) / n - 1.5;
      let zr = 0.0;
      let zi = 0.0;
      let tr = 0.0;
      let ti = 0.0;
      let i = 0;
      while (i < ITER && tr + ti <= LIMIT) {
        zi = 2.0 * zr * zi + ci;
        zr = tr - ti + cr;
        tr = zr * zr;
        ti = zi * zi;
        i++;
      }
      bits = bits << 1;
      if (tr + ti <= LIMIT) {
        bits = bits | 1;
        inside++;
      }
      bitNum++;
      if (bitNum === 8 || x === n - 1) {
        if (bitNum !== 8) bits = bits << (8 - bitNum);
        // FNV-1a over the PBM payload bytes.
        hash = Math.imul(hash ^ bits, 16777619) >>> 0;
        bytes++;
        bits = 0;
        bitNum = 0;
      }
    }
  }
  return { inside: inside, hash: hash, bytes: bytes };
}

const KNOWN = {
  "200": "15899 3419197333",
  "1000": "396940 1573666636",
  "3000": "3572354 733123843",
};

const r = mandelbrot(SIZE);
const expectedBytes = SIZE * Math.ceil(SIZE / 8);
if (r.bytes !== expectedBytes) {
  throw new Error(`mandelbrot: ${r.bytes} bytes, expected ${expectedBytes}`);
}
const result = `${r.inside} ${r.hash}`;
const known = KNOWN[String(SIZE)];
if (known !== undefined && result !== known) {
  throw new Error(`mandelbrot(${SIZE}) = ${result}, expected ${known}`);
}
console.log(`mandelbrot: ok ${result}`);
