/**
 * Least-squares line y = intercept + slope × x over integer points, in exact integer arithmetic:
 * GAS figures are exact datoshi, so the fit is exact too (slope and intercept as fractions over
 * one positive denominator) and a series that is exactly linear has residual 0.
 */
export interface ExactFit {
  readonly slopeNum: bigint;
  readonly interceptNum: bigint;
  /** Positive denominator of both. */
  readonly den: bigint;
  /** Σ (den × y − (interceptNum + slopeNum × x))², 0 when every point lies on the line. */
  readonly residual: bigint;
}

export function exactFit(points: readonly { readonly x: bigint; readonly y: bigint }[]): ExactFit {
  if (points.length === 0) throw new Error("no points to fit");
  const n = BigInt(points.length);
  let sx = 0n, sy = 0n, sxx = 0n, sxy = 0n;
  for (const { x, y } of points) {
    sx += x; sy += y; sxx += x * x; sxy += x * y;
  }
  let den = n * sxx - sx * sx;
  let slopeNum: bigint, interceptNum: bigint;
  if (den === 0n) {
    // One distinct x: no slope can be told; the mean is the intercept.
    [den, slopeNum, interceptNum] = [n, 0n, sy];
  } else {
    [slopeNum, interceptNum] = [n * sxy - sx * sy, sy * sxx - sx * sxy];
  }
  const g = gcd(gcd(abs(slopeNum), abs(interceptNum)), den);
  if (g > 1n) [den, slopeNum, interceptNum] = [den / g, slopeNum / g, interceptNum / g];
  let residual = 0n;
  for (const { x, y } of points) {
    const r = den * y - (interceptNum + slopeNum * x);
    residual += r * r;
  }
  return { slopeNum, interceptNum, den, residual };
}

/** The fitted value at x, rounded half away from zero to an integer. */
export function fittedAt(fit: ExactFit, x: bigint): bigint {
  return roundDiv(fit.interceptNum + fit.slopeNum * x, fit.den);
}

/** num/den as a decimal string with at most `digits` decimals, rounded half away from zero. */
export function decimal(num: bigint, den: bigint, digits = 3): string {
  const scale = 10n ** BigInt(digits);
  const scaled = roundDiv(num * scale, den);
  const sign = scaled < 0n ? "-" : "";
  const whole = abs(scaled) / scale;
  const frac = (abs(scaled) % scale).toString().padStart(digits, "0").replace(/0+$/, "");
  return sign + whole.toString() + (frac ? "." + frac : "");
}

export function roundDiv(num: bigint, den: bigint): bigint {
  if (den < 0n) [num, den] = [-num, -den];
  const q = (2n * abs(num) + den) / (2n * den);
  return num < 0n ? -q : q;
}

function abs(v: bigint): bigint {
  return v < 0n ? -v : v;
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}
