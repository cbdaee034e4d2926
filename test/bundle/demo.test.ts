import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createEmulator } from "../../emulator";
import { runDemo } from "../../scripts/demo/run-demo";
import { DIST } from "./addon";

const ROOT = path.resolve(__dirname, "../..");

describe("the demo on the sample company", () => {
  const output = path.join(mkdtempSync(path.join(os.tmpdir(), "kpi-demo-")), "scorecard.xlsx");
  const outcome = runDemo({ language: "vi", json: false, output });

  test("prints the four perspectives and the overall score", async () => {
    const { text } = await outcome;
    for (const label of ["Tài chính", "Khách hàng", "Quy trình nội bộ", "Học hỏi và phát triển", "Tổng thể"]) {
      expect(text).toMatch(new RegExp(`^${label}\\s+\\d+,\\d%`, "m"));
    }
  });

  test("prints six months of trend", async () => {
    const { text, result } = await outcome;
    expect(result.trend.map((point) => point.period)).toEqual(["T1/2026", "T2/2026", "T3/2026", "T4/2026", "T5/2026", "T6/2026"]);
    expect(text).toMatch(/^Xu hướng theo kỳ$/m);
    expect(text).toMatch(/^T6\/2026\s+\d+,\d%/m);
  });

  test("prints what needs attention", async () => {
    const { text, result } = await outcome;
    expect(text).toMatch(/^Những điểm cần chú ý$/m);
    for (const item of result.attention) expect(text).toContain(item.message);
  });

  test("has scored KPIs in every perspective", async () => {
    const { result } = await outcome;
    for (const group of result.groups.slice(0, 4)) expect(group.score).not.toBeNull();
    expect(result.overall).toBeGreaterThan(0);
  });

  test("writes a workbook with the summary first and the KPI tabs after it", async () => {
    await outcome;
    const reopened = createEmulator({ htmlDir: DIST });
    await reopened.importXlsx(output);
    const names = reopened.spreadsheet.getSheets().map((sheet) => sheet.getName());
    expect(names[0]).toBe("BSC - Tổng hợp");
    expect(names).toEqual(expect.arrayContaining(["KPI - Thu hút", "KPI - Marketing", "KPI - Nhân sự", "Báo cáo nhanh"]));
    expect(reopened.spreadsheet.getSheets()[0].getRange("B2").getValue()).toMatch(/^Giúp 10\.000 doanh nghiệp/);
  });
});

describe("the demo command line", () => {
  test("--json prints the machine-readable scorecard", () => {
    const stdout = execFileSync(path.join(ROOT, "node_modules/.bin/tsx"), ["scripts/demo.ts", "--json", "--language", "en"], { cwd: ROOT, encoding: "utf8" });
    const json = JSON.parse(stdout);
    expect(json.groups.map((group: { key: string }) => group.key)).toEqual(["financial", "customer", "internal", "learning", "unassigned"]);
    expect(json.kpis.length).toBeGreaterThan(30);
  });

  test("rejects an input that is neither .xlsx nor .csv", () => {
    expect(() =>
      execFileSync(path.join(ROOT, "node_modules/.bin/tsx"), ["scripts/demo.ts", "--input", "notes.txt"], { cwd: ROOT, encoding: "utf8", stdio: "pipe" }),
    ).toThrow(/--input phải là tệp \.xlsx hoặc \.csv/);
  });
});
