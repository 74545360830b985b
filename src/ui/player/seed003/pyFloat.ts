// Python's float semantics where seed 003's program depends on them: repr of a float (the shortest
// round-trip digits, as JS also finds them, in Python's layout) and math.exp rounded correctly.
// V8's Math.exp is off by one unit in the last place for about one input in ten, while glibc's exp,
// which CPython calls, is correctly rounded for all but about one in a thousand; computing e^x in
// double-double arithmetic and rounding once gets the digits Python prints.

/** repr(x) for a Python float: "0.5", "1.0", "1e-05", "1e+16", "inf", "nan", "-0.0". */
export function pyFloatRepr(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
  // toExponential() without an argument gives the shortest digits that round-trip, as repr does.
  const [mantissa, expText] = Math.abs(x).toExponential().split("e") as [string, string];
  const digits = mantissa.replace(".", "");
  const exp = Number(expText);
  const sign = x < 0 ? "-" : "";
  // Python switches to scientific notation below 1e-4 and from 1e16 on.
  if (exp < -4 || exp >= 16) {
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${sign}${m}e${exp < 0 ? "-" : "+"}${String(Math.abs(exp)).padStart(2, "0")}`;
  }
  if (exp < 0) return `${sign}0.${"0".repeat(-exp - 1)}${digits}`;
  const whole = digits.slice(0, exp + 1).padEnd(exp + 1, "0");
  const frac = digits.slice(exp + 1);
  return `${sign}${whole}.${frac || "0"}`;
}

// Double-double arithmetic: a value is hi + lo with |lo| ≤ ulp(hi)/2 (Dekker 1971; Knuth's TwoSum).
type DD = readonly [number, number];

function twoSum(a: number, b: number): DD {
  const s = a + b;
  const v = s - a;
  return [s, a - (s - v) + (b - v)];
}

const SPLIT = 134217729; // 2^27 + 1
function twoProd(a: number, b: number): DD {
  const p = a * b;
  const ca = SPLIT * a;
  const ah = ca - (ca - a);
  const al = a - ah;
  const cb = SPLIT * b;
  const bh = cb - (cb - b);
  const bl = b - bh;
  return [p, ah * bh - p + ah * bl + al * bh + al * bl];
}

function add(a: DD, b: DD): DD {
  const [s, e] = twoSum(a[0], b[0]);
  return twoSum(s, e + a[1] + b[1]);
}

function mul(a: DD, b: DD): DD {
  const [p, e] = twoProd(a[0], b[0]);
  return twoSum(p, e + a[0] * b[1] + a[1] * b[0]);
}

/** a / n for a small integer n, in double-double. */
function divSmall(a: DD, n: number): DD {
  const q1 = a[0] / n;
  const p = twoProd(q1, n);
  const rem = add(a, [-p[0], -p[1]]);
  return twoSum(q1, (rem[0] + rem[1]) / n);
}

// ln 2 to 107 bits, as the sum of two doubles.
const LN2: DD = [0.6931471805599453, 2.3190468138462996e-17];

/** math.exp(x): e^x correctly rounded (save for subnormal results); Infinity where Python raises. */
export function pyExp(x: number): number {
  if (Number.isNaN(x) || x === Infinity) return x;
  if (x === -Infinity) return 0;
  if (x > 709.8) return Infinity;
  if (x < -746) return 0;
  // x = k ln 2 + r with |r| ≤ ln 2 / 2, then r / 2^8 so that a short series converges fast.
  const k = Math.round(x / LN2[0]);
  const kLn2 = mul(LN2, [k, 0]);
  const r = add([x, 0], [-kLn2[0], -kLn2[1]]);
  const scale = 256;
  const rs: DD = [r[0] / scale, r[1] / scale];
  // e^rs - 1 by Taylor: 1/n! terms up to n = 14 reach well under 2^-106 for |rs| < 0.0014.
  let term: DD = rs;
  let sum: DD = rs;
  for (let n = 2; n <= 14; n++) {
    term = divSmall(mul(term, rs), n);
    sum = add(sum, term);
  }
  // (e^rs)^256 = ((1 + m)^2)^…: square eight times, keeping e^rs − 1 to avoid cancellation.
  let m = sum;
  for (let i = 0; i < 8; i++) m = add(add(m, m), mul(m, m));
  const e = add([1, 0], m);
  // Scale by 2^k in two halves: 2^k alone can overflow or underflow when e is near 1.
  const half = Math.trunc(k / 2);
  return (e[0] + e[1]) * 2 ** half * 2 ** (k - half);
}
