// Medians and percentiles (nearest rank) of samples in milliseconds or bytes.

export function percentile(samples, p) {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export const median = (samples) => percentile(samples, 50);

/** { n, median, p95 } of samples. */
export function summary(samples) {
  return { n: samples.length, median: median(samples), p95: percentile(samples, 95) };
}
