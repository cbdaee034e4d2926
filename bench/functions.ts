/**
 * Times the built custom functions over 10,000-row ranges against hand-written loops that do the
 * same work on the same cells. Runs are interleaved so that load on the machine affects both
 * sides alike.
 */
import { readFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(__dirname, "..");
export const ROWS = 10_000;

type Grid = unknown[][];

// Evaluated with new Function in this realm rather than in a vm context: code in a vm context
// looks up every global through interceptors, which slows it several times and is not how Apps
// Script runs it.
function loadFunctions(): Record<string, (...args: unknown[]) => unknown> {
  const code = readFileSync(path.join(root, "dist/Code.js"), "utf8");
  return new Function(`${code}\nreturn { KPI_SCORE, CHURN_RATE };`)();
}

const column = (make: (row: number) => unknown): Grid => Array.from({ length: ROWS }, (_, row) => [make(row)]);

const actual = column((row) => (row % 97 === 0 ? "" : 50 + (row % 100)));
const target = column(() => 100);
const threshold = column(() => 60);
const start = column((row) => 200 + (row % 50));
const lost = column((row) => row % 20);

// The loops a careful author would write for this input by hand: each cell checked to be a
// number (a blank gives a blank), the rule the function enforces checked, the result clamped.
function handWrittenScore(a: Grid, t: Grid, r: Grid): unknown[][] {
  const out: unknown[][] = new Array(a.length);
  for (let i = 0; i < a.length; i++) {
    const x = a[i][0];
    const goal = t[i][0];
    const floor = r[i][0];
    if (typeof x !== "number" || typeof goal !== "number" || typeof floor !== "number") {
      out[i] = [""];
      continue;
    }
    if (floor === goal) throw new Error(`Row ${i + 1}: threshold equals target`);
    const score = (x - floor) / (goal - floor);
    out[i] = [score < 0 ? 0 : score > 1 ? 1 : score];
  }
  return out;
}

function handWrittenChurn(s: Grid, l: Grid): unknown[][] {
  const out: unknown[][] = new Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const start = s[i][0];
    const lost = l[i][0];
    if (typeof start !== "number" || typeof lost !== "number") {
      out[i] = [""];
      continue;
    }
    if (start < 0 || lost < 0 || lost > start) throw new Error(`Row ${i + 1}: invalid customer counts`);
    out[i] = [start === 0 ? "" : lost / start];
  }
  return out;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * Returns the median time per call of both sides. Each trial times a batch of calls of one side,
 * then of the other, so that a garbage collection or a busy neighbour shifts a whole batch rather
 * than skewing single calls, and the first trials only warm up the JIT.
 */
function race(add: () => unknown, baseline: () => unknown, trials = 60, batch = 20, warmUp = 10): { addon: number; baseline: number } {
  const addonTimes: number[] = [];
  const baselineTimes: number[] = [];
  const timeBatch = (run: () => unknown) => {
    const begin = process.hrtime.bigint();
    for (let call = 0; call < batch; call++) run();
    return Number(process.hrtime.bigint() - begin) / 1e6 / batch;
  };
  for (let trial = 0; trial < trials + warmUp; trial++) {
    const addonTime = timeBatch(add);
    const baselineTime = timeBatch(baseline);
    if (trial >= warmUp) {
      addonTimes.push(addonTime);
      baselineTimes.push(baselineTime);
    }
  }
  return { addon: median(addonTimes), baseline: median(baselineTimes) };
}

export function timeFunctions() {
  const functions = loadFunctions();
  return {
    kpiScore: race(() => functions.KPI_SCORE(actual, target, threshold), () => handWrittenScore(actual, target, threshold)),
    churnRate: race(() => functions.CHURN_RATE(start, lost), () => handWrittenChurn(start, lost)),
  };
}
