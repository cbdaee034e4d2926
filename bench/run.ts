/**
 * Benchmarks of the built add-on, each reported as a ratio to a budget or to a baseline measured
 * in the same run: size of dist/Code.js, time to evaluate it in a fresh V8 context, and the custom
 * functions over 10,000-row ranges against a plain loop doing the same arithmetic.
 * Run with `npm run bench`; `--write` also records the results in bench/RESULTS.md.
 */
import { readFileSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import vm from "node:vm";

const root = path.resolve(__dirname, "..");
const codePath = path.join(root, "dist/Code.js");
const code = readFileSync(codePath, "utf8");
const ROWS = 10_000;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function time(run: () => void, repeats: number): number {
  const samples: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = process.hrtime.bigint();
    run();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(samples);
}

// The bundle needs no service at load, and none for plain numbers, so a bare context suffices.
function loadBundle(): Record<string, (...args: unknown[]) => unknown> {
  const context = vm.createContext({});
  vm.runInContext(code, context, { filename: "Code.js" });
  return context as unknown as Record<string, (...args: unknown[]) => unknown>;
}

function column(make: (row: number) => number): number[][] {
  return Array.from({ length: ROWS }, (_, row) => [make(row)]);
}

const actual = column((row) => 50 + (row % 100));
const target = column(() => 100);
const threshold = column(() => 60);
const start = column((row) => 200 + (row % 50));
const lost = column((row) => row % 20);

function plainKpiScore(a: number[][], t: number[][], r: number[][]): number[][] {
  const out: number[][] = new Array(a.length);
  for (let i = 0; i < a.length; i++) {
    const score = (a[i][0] - r[i][0]) / (t[i][0] - r[i][0]);
    out[i] = [score < 0 ? 0 : score > 1 ? 1 : score];
  }
  return out;
}

function plainChurn(s: number[][], l: number[][]): number[][] {
  const out: number[][] = new Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = [l[i][0] / s[i][0]];
  return out;
}

function measure() {
  const sizeKiB = statSync(codePath).size / 1024;
  const loadMs = time(() => loadBundle(), 60);

  const bundle = loadBundle();
  const repeats = 40;
  for (let i = 0; i < 5; i++) {
    bundle.KPI_SCORE(actual, target, threshold);
    plainKpiScore(actual, target, threshold);
  }
  const kpiMs = time(() => bundle.KPI_SCORE(actual, target, threshold), repeats);
  const kpiPlainMs = time(() => plainKpiScore(actual, target, threshold), repeats);
  const churnMs = time(() => bundle.CHURN_RATE(start, lost), repeats);
  const churnPlainMs = time(() => plainChurn(start, lost), repeats);

  return [
    { name: "dist/Code.js size", value: `${sizeKiB.toFixed(1)} KiB`, ratio: sizeKiB / 80, budget: "80 KiB" },
    { name: "Evaluate dist/Code.js in a fresh V8 context (median of 60)", value: `${loadMs.toFixed(2)} ms`, ratio: loadMs / 5, budget: "5 ms" },
    {
      name: `KPI_SCORE over ${ROWS.toLocaleString("en")} rows vs plain loop (median of ${repeats})`,
      value: `${kpiMs.toFixed(2)} ms vs ${kpiPlainMs.toFixed(2)} ms`,
      ratio: kpiMs / kpiPlainMs,
      budget: "2× the plain loop",
      limit: 2,
    },
    {
      name: `CHURN_RATE over ${ROWS.toLocaleString("en")} rows vs plain loop (median of ${repeats})`,
      value: `${churnMs.toFixed(2)} ms vs ${churnPlainMs.toFixed(2)} ms`,
      ratio: churnMs / churnPlainMs,
      budget: "2× the plain loop",
      limit: 2,
    },
  ];
}

const rows = measure();
const lines = [
  "| benchmark | measured | ratio to budget or baseline | budget |",
  "|---|---|---|---|",
  ...rows.map((row) => `| ${row.name} | ${row.value} | ${row.ratio.toFixed(2)} | ${row.budget} |`),
];
console.log(lines.join("\n"));

const overBudget = rows.filter((row) => row.ratio > ("limit" in row ? (row.limit as number) : 1));
if (overBudget.length) console.log(`\nOver budget: ${overBudget.map((row) => row.name).join("; ")}`);

if (process.argv.includes("--write")) {
  const machine = `${os.cpus()[0]?.model ?? "unknown CPU"}, ${os.cpus().length} cores, Node ${process.version}, ${os.platform()} ${os.arch()}`;
  const text = [
    "# Benchmark results",
    "",
    `Measured on ${new Date().toISOString().slice(0, 10)} with \`npm run bench -- --write\` on ${machine}.`,
    "Ratios compare with the budget, or with the baseline measured in the same run.",
    "",
    ...lines,
    "",
  ].join("\n");
  writeFileSync(path.join(root, "bench/RESULTS.md"), text);
}
