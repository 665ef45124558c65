/**
 * Fits a logistic regression by Newton's method (iteratively reweighted least squares) with an L2 penalty on the
 * weights, not the intercept: a dozen features and a few hundred thousand pairs converge in a few steps.
 */

/** Rows of features, their 0/1 labels and sample weights. */
export interface TrainingSet {
  rows: Float64Array[];
  /** Targets in [0, 1]: 0/1 labels, or the share of a story pair that is one event. */
  labels: Float64Array;
  sampleWeights: Float64Array;
}

/** The fitted intercept and weights. */
export interface LogisticFit {
  intercept: number;
  weights: number[];
  iterations: number;
}

/** Newton steps until the largest change is below 1e-6 or 50 steps; `penalty` is the L2 strength. */
export function fitLogistic({ rows, labels, sampleWeights }: TrainingSet, penalty: number): LogisticFit {
  const d = (rows[0]?.length ?? 0) + 1;
  const beta = new Float64Array(d);
  let iterations = 0;
  for (; iterations < 50; iterations++) {
    const gradient = new Float64Array(d);
    const hessian = Array.from({ length: d }, () => new Float64Array(d));
    const x = new Float64Array(d);
    for (let n = 0; n < rows.length; n++) {
      const row = rows[n]!;
      x[0] = 1;
      x.set(row, 1);
      let z = 0;
      for (let k = 0; k < d; k++) z += beta[k]! * x[k]!;
      const p = 1 / (1 + Math.exp(-z));
      const w = sampleWeights[n]!;
      const residual = w * (labels[n]! - p);
      const curvature = w * p * (1 - p);
      for (let k = 0; k < d; k++) {
        gradient[k] = gradient[k]! + residual * x[k]!;
        const hk = hessian[k]!;
        const ck = curvature * x[k]!;
        for (let m = 0; m <= k; m++) hk[m] = hk[m]! + ck * x[m]!;
      }
    }
    for (let k = 1; k < d; k++) {
      gradient[k] = gradient[k]! - penalty * beta[k]!;
      hessian[k]![k] = hessian[k]![k]! + penalty;
    }
    for (let k = 0; k < d; k++) for (let m = k + 1; m < d; m++) hessian[k]![m] = hessian[m]![k]!;
    const step = solve(hessian, gradient);
    let largest = 0;
    for (let k = 0; k < d; k++) {
      beta[k] = beta[k]! + step[k]!;
      largest = Math.max(largest, Math.abs(step[k]!));
    }
    if (largest < 1e-6) break;
  }
  return { intercept: beta[0]!, weights: [...beta.slice(1)], iterations };
}

/** Solves `a x = b` by Gaussian elimination with partial pivoting (a small dense system). */
function solve(a: Float64Array[], b: Float64Array): Float64Array {
  const n = b.length;
  const m = a.map((row, k) => Float64Array.from([...row, b[k]!]));
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!)) pivot = r;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    const p = m[col]![col]! || 1e-12;
    for (let r = col + 1; r < n; r++) {
      const f = m[r]![col]! / p;
      for (let c = col; c <= n; c++) m[r]![c] = m[r]![c]! - f * m[col]![c]!;
    }
  }
  const x = new Float64Array(n);
  for (let r = n - 1; r >= 0; r--) {
    let s = m[r]![n]!;
    for (let c = r + 1; c < n; c++) s -= m[r]![c]! * x[c]!;
    x[r] = s / (m[r]![r]! || 1e-12);
  }
  return x;
}
