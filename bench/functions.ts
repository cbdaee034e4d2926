/**
 * Times the built custom functions over 10,000-row ranges against a hand-written loop that does
 * the same work on the same cells: reads the three columns, leaves blank rows blank, and clamps
 * the score. Runs are interleaved so that load on the machine affects both sides alike.
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

function handWrittenScore(a: Grid, t: Grid, r: Grid): unknown[][] {
  const out: unknown[][] = new Array(a.length);
  for (let i = 0; i < a.length; i++) {
    const x = a[i][0];
    const goal = t[i][0];
    const floor = r[i][0] as number;
    if (x === "" || goal === "") {
      out[i] = [""];
      continue;
    }
    const score = ((x as number) - floor) / ((goal as number) - floor);
    out[i] = [score < 0 ? 0 : score > 1 ? 1 : score];
  }
  return out;
}

function handWrittenChurn(s: Grid, l: Grid): unknown[][] {
  const out: unknown[][] = new Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = [(l[i][0] as number) / (s[i][0] as number)];
  return out;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Returns the median times of both sides after warming up, interleaving the runs. */
function race(add: () => unknown, baseline: () => unknown, rounds = 300, warmUp = 100): { addon: number; baseline: number } {
  const addonTimes: number[] = [];
  const baselineTimes: number[] = [];
  for (let round = 0; round < rounds + warmUp; round++) {
    let begin = process.hrtime.bigint();
    add();
    const addonTime = Number(process.hrtime.bigint() - begin) / 1e6;
    begin = process.hrtime.bigint();
    baseline();
    const baselineTime = Number(process.hrtime.bigint() - begin) / 1e6;
    if (round >= warmUp) {
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
