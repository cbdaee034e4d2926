/**
 * `npm run bench`: measures the built add-on against its budgets, each reported as a ratio to the
 * budget or to a baseline measured in the same run. `--write` records the table in bench/RESULTS.md.
 */
import { readFileSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import vm from "node:vm";
import { EXECUTION_LIMIT_MS, generationCalls, MS_PER_CALL, scorecardCalls } from "./calls";
import { ROWS, timeFunctions } from "./functions";

const root = path.resolve(__dirname, "..");
const codePath = path.join(root, "dist/Code.js");

interface Row {
  readonly name: string;
  readonly measured: string;
  readonly ratio: number;
  readonly budget: string;
  /** Largest ratio within budget. */
  readonly limit: number;
}

function loadTimeMs(): number {
  const code = readFileSync(codePath, "utf8");
  const samples: number[] = [];
  for (let run = 0; run < 80; run++) {
    const begin = process.hrtime.bigint();
    vm.runInContext(code, vm.createContext({}), { filename: "Code.js" });
    samples.push(Number(process.hrtime.bigint() - begin) / 1e6);
  }
  return samples.sort((a, b) => a - b)[samples.length >> 1];
}

function measure(): Row[] {
  const sizeKiB = statSync(codePath).size / 1024;
  const loadMs = loadTimeMs();
  const { kpiScore, churnRate } = timeFunctions();
  const generation5 = generationCalls(5);
  const generation50 = generationCalls(50);
  const build1 = scorecardCalls(1, 20);
  const build10 = scorecardCalls(10, 20);
  const build50 = scorecardCalls(50, 20);
  const big = scorecardCalls(50, 200);
  const perTab = (build50 - build10) / 40;

  return [
    { name: "dist/Code.js size", measured: `${sizeKiB.toFixed(1)} KiB`, ratio: sizeKiB / 80, budget: "80 KiB", limit: 1 },
    { name: "Evaluate dist/Code.js in a fresh V8 context (median of 80)", measured: `${loadMs.toFixed(2)} ms`, ratio: loadMs / 5, budget: "5 ms", limit: 1 },
    {
      name: `KPI_SCORE over ${ROWS.toLocaleString("en")} rows, against a hand-written loop (medians)`,
      measured: `${kpiScore.addon.toFixed(3)} ms vs ${kpiScore.baseline.toFixed(3)} ms`,
      ratio: kpiScore.addon / kpiScore.baseline,
      budget: "2× the loop",
      limit: 2,
    },
    {
      name: `CHURN_RATE over ${ROWS.toLocaleString("en")} rows, against a hand-written loop (medians)`,
      measured: `${churnRate.addon.toFixed(3)} ms vs ${churnRate.baseline.toFixed(3)} ms`,
      ratio: churnRate.addon / churnRate.baseline,
      budget: "2× the loop",
      limit: 2,
    },
    {
      name: "Service calls to generate a tab of 50 KPIs, against 5 KPIs",
      measured: `${generation50} vs ${generation5}`,
      ratio: generation50 / generation5,
      budget: "the same number",
      limit: 1,
    },
    {
      name: "Service calls to build the scorecard over 1, 10 and 50 tabs of 20 KPIs",
      measured: `${build1}, ${build10}, ${build50} (${perTab.toFixed(1)} per extra tab)`,
      ratio: perTab / 5,
      budget: "a fixed number plus at most 5 per tab",
      limit: 1,
    },
    {
      name: `50 tabs × 200 KPIs at ${MS_PER_CALL} ms per call (${big} calls)`,
      measured: `${((big * MS_PER_CALL) / 1000).toFixed(1)} s`,
      ratio: (big * MS_PER_CALL) / EXECUTION_LIMIT_MS,
      budget: "6 min per execution",
      limit: 1,
    },
  ];
}

const rows = measure();
const table = [
  "| benchmark | measured | ratio | budget |",
  "|---|---|---|---|",
  ...rows.map((row) => `| ${row.name} | ${row.measured} | ${row.ratio.toFixed(2)} | ${row.budget} |`),
].join("\n");
console.log(table);

const over = rows.filter((row) => row.ratio > row.limit);
if (over.length > 0) console.log(`\nOver budget: ${over.map((row) => row.name).join("; ")}`);

if (process.argv.includes("--write")) {
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  const machine = `${cpu}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.arch()}`;
  const text = [
    "# Benchmark results",
    "",
    `Measured on ${new Date().toISOString().slice(0, 10)} with \`npm run bench -- --write\` on ${machine}.`,
    "",
    "Ratios compare each measurement with its budget, or with the baseline measured in the same run.",
    "Function timings are medians over interleaved batches of 20 calls after a warm-up, with the",
    "bundle evaluated in Node's own realm. The hand-written loops (bench/functions.ts) check that each cell is a number",
    "and leave blanks blank, enforce the rule the function checks (threshold equal to target; lost",
    "customers within range), and clamp the score. Service calls are counted in the emulator,",
    "which counts every call, builders included.",
    "",
    table,
    "",
  ].join("\n");
  writeFileSync(path.join(root, "bench/RESULTS.md"), text);
}
