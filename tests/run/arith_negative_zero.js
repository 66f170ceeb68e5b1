var nz = -0;
console.log(nz, 0 * -1, -0 + 0, -0 - 0, 0 - 0);
console.log(1 / nz, 1 / (0 * -1), 1 / (-0 + 0));
console.log(-0 === 0, -0 == 0, nz < 0, nz > 0);
console.log(Math.round(-0.2), Math.ceil(-0.5), Math.trunc(-0.9));
console.log(-5 % 5, 1 / (-5 % 5));
console.log([-0], [0, -0, 0], { z: -0 });
console.log(String(-0), "" + -0, (-0).toString(), -0 + "");
console.log(-0 * 0, (-0) * (-0), -0 / 5, 0 / -5);
console.log(Math.min(0, -0), Math.max(-0, 0));
console.log(isNegZero(-0));
function isNegZero(v) { return v === 0 && 1 / v < 0 ? "negzero" : "other"; }
