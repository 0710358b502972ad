// The benchmark's instruments: a clock, percentiles over many runs after warm-ups, a process-memory sampler,
// and the results table every benchmark adds its rows to (product vs. raw baseline, ratio, target, verdict).

export function elapsedMs(from: bigint): number {
  return Number(process.hrtime.bigint() - from) / 1e6;
}

/** The value below which `p` (0..1) of the sorted samples fall (nearest rank). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

export type Timings = { p50: number; p95: number; samples: number };

/**
 * Times `a` and `b` in alternation (a, b, a, b …) after their warm-ups: both see the same machine — the same
 * neighbours, the same garbage collector and cache weather — which two back-to-back series do not.
 */
export async function timeRunsAlternating(
  a: () => Promise<unknown>,
  b: () => Promise<unknown>,
  { runs, warmUp }: { runs: number; warmUp: number },
): Promise<[Timings, Timings]> {
  for (let i = 0; i < warmUp; i++) {
    await a();
    await b();
  }
  const samples: [number[], number[]] = [[], []];
  for (let i = 0; i < runs; i++) {
    for (const [n, run] of [a, b].entries()) {
      const start = process.hrtime.bigint();
      await run();
      samples[n]!.push(elapsedMs(start));
    }
  }
  return [summarize(samples[0]), summarize(samples[1])];
}

export function summarize(samples: number[]): Timings {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), samples: sorted.length };
}

/**
 * Samples this process's resident memory every `everyMs` while `run` runs: what it was at the start and
 * the highest it reached. The sampler shares the event loop, so a loop blocked for long samples less often.
 */
export async function withRssSampling<T>(run: () => Promise<T>, everyMs = 50): Promise<{ result: T; startRss: number; peakRss: number }> {
  global.gc?.();
  const startRss = process.memoryUsage.rss();
  let peakRss = startRss;
  const timer = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
  }, everyMs);
  try {
    const result = await run();
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
    return { result, startRss, peakRss };
  } finally {
    clearInterval(timer);
  }
}

export const MB = 1024 * 1024;

export function fmt(value: number, digits = 1): string {
  if (!Number.isFinite(value)) return "-";
  return value.toLocaleString("en", { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export type ResultRow = {
  benchmark: string;
  product: string;
  raw: string;
  /** product ÷ raw, in the direction where higher is worse (time, or raw throughput ÷ product throughput). */
  ratio: number | null;
  target: string;
  /** null: no target for this row (context only). */
  isPass: boolean | null;
};

/** Prints `rows` as an aligned text table, or as Markdown for docs/benchmarks.md. */
export function formatTable(rows: readonly ResultRow[], markdown = false): string {
  const header = ["benchmark", "product", "raw baseline", "ratio", "target", "result"];
  const cells = rows.map((r) => [
    r.benchmark,
    r.product,
    r.raw,
    r.ratio === null ? "-" : `${fmt(r.ratio, 2)}×`,
    r.target,
    r.isPass === null ? "" : r.isPass ? "PASS" : "MISS",
  ]);
  if (markdown) {
    return [header, header.map(() => "---"), ...cells].map((row) => `| ${row.join(" | ")} |`).join("\n");
  }
  const widths = header.map((h, c) => Math.max(h.length, ...cells.map((row) => row[c]!.length)));
  const line = (row: string[]) => row.map((cell, c) => cell.padEnd(widths[c]!)).join("  ").trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...cells.map(line)].join("\n");
}
