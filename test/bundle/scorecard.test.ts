import type { ScorecardResult } from "../../src/core/scorecard/result";
import { addUserTab, columnOf, generate, loadAddon, snapshot, type Sheet } from "./addon";

type Emulator = ReturnType<typeof loadAddon>;

const result = (emulator: Emulator) => emulator.run("getScorecardResult", []) as ScorecardResult;
const summaryOf = (emulator: Emulator) => emulator.spreadsheet.getSheets()[0];
const build = (emulator: Emulator) => emulator.run("buildScorecard", []);

function marketingWithNumbers(emulator: Emulator): Sheet {
  const [sheet] = generate(emulator, { groups: [{ kind: "department", key: "marketing" }], layout: "basic" });
  const target = columnOf(sheet, 6, "Mục tiêu");
  const actual = columnOf(sheet, 6, "Thực tế");
  sheet.getRange(7, target, 2, 1).setValues([[100], [1000]]);
  sheet.getRange(7, actual, 2, 1).setValues([[80], [1200]]);
  return sheet;
}

describe("building the scorecard", () => {
  const emulator = loadAddon({ language: "vi" });
  const marketing = marketingWithNumbers(emulator);
  addUserTab(emulator, "Báo cáo nhanh", [
    ["KPI", "Khía cạnh", "Thực tế", "Mục tiêu"],
    ["Số buổi demo", "Khách hàng", 38, 40],
  ]);
  build(emulator);
  const summary = summaryOf(emulator);
  const values = summary.getDataRange().getValues();

  test("puts the summary tab first, under its own name, marked as the add-on's", () => {
    expect(summary.getName()).toBe("BSC - Tổng hợp");
    expect(summary.getDeveloperMetadata().map((metadata) => metadata.getKey())).toEqual(["kpi_bsc.summary"]);
  });

  test("shows the title, the mission cell and the build time", () => {
    expect(values[0][0]).toBe("Thẻ điểm cân bằng (BSC)");
    expect(values[1][0]).toBe("Sứ mệnh");
    expect(summary.getRange("B2").getNote()).toContain("sứ mệnh");
    expect(values[2][0]).toBe("Cập nhật lúc");
    expect(values[2][1]).toBeInstanceOf(Date);
  });

  test("lists the four perspectives in cause-effect order with scores and counts", () => {
    expect(values.slice(4, 9).map((row) => row.slice(0, 8))).toEqual([
      ["Khía cạnh", "Điểm", "Trạng thái", "Số KPI", "Đạt", "Cần cải thiện", "Không đạt", "Chưa có dữ liệu"],
      ["Tài chính", "", "Chưa có dữ liệu", 4, 0, 0, 0, 4],
      ["Khách hàng", 0.95, "Cần cải thiện", 3, 0, 1, 0, 2],
      ["Quy trình nội bộ", expect.closeTo((3 * 0.8 + 2 * 1) / 5, 12), "Cần cải thiện", 4, 1, 1, 0, 2],
      ["Học hỏi và phát triển", "", "Chưa có dữ liệu", 0, 0, 0, 0, 0],
    ]);
  });

  test("shows the overall score as the mean of the perspectives with data", () => {
    const overall = values.find((row) => row[0] === "Tổng thể");
    expect(overall?.[1]).toBeCloseTo((0.95 + 0.88) / 2, 12);
    expect(overall?.[2]).toBe("Cần cải thiện");
  });

  test("lists every KPI with a link to its row", () => {
    const header = values.findIndex((row) => row[0] === "Tab" && row[1] === "Hàng");
    const rows = values.slice(header + 1, header + 12);
    expect(rows[0].slice(0, 4)).toEqual(["KPI - Marketing", 7, "MKT-01", "Khách hàng tiềm năng đủ điều kiện (SQL)"]);
    expect(rows[10].slice(0, 4)).toEqual(["Báo cáo nhanh", 2, "", "Số buổi demo"]);
    const link = summary.getRange(header + 2, 1).getFormula();
    expect(link).toBe(`=HYPERLINK("#gid=${marketing.getSheetId()}&range=A7","KPI - Marketing")`);
  });

  test("formats actual and target in each KPI's unit", () => {
    const header = values.findIndex((row) => row[0] === "Tab" && row[1] === "Hàng");
    expect(summary.getRange(header + 2, 6, 1, 3).getNumberFormats()[0]).toEqual(["#,##0", "#,##0", "#,##0"]);
    expect(summary.getRange(header + 12, 6).getNumberFormat()).not.toContain("#");
  });

  test("warns before an edit anywhere but the mission cell", () => {
    const summary = summaryOf(emulator);
    expect(summary.getProtections(emulator.spreadsheetApp.ProtectionType.RANGE)).toEqual([]);
    const [protection] = summary.getProtections(emulator.spreadsheetApp.ProtectionType.SHEET);
    expect(protection.isWarningOnly()).toBe(true);
    expect(protection.getUnprotectedRanges().map((range) => range.getA1Notation())).toEqual(["B2"]);
    expect(protection.getDescription()).toMatch(/Chỉ ô sứ mệnh \(B2\) được giữ lại\.$/);
  });

  test("writes only values and built-in formulas", () => {
    const formulas = summary.getDataRange().getFormulas().flat().filter(Boolean);
    expect(formulas.length).toBe(11);
    for (const formula of formulas) expect(formula).toMatch(/^=HYPERLINK\("#gid=\d+&range=A\d+","[^"]*"\)$/);
  });

  test("lists the empty first tab as skipped with the reason", () => {
    expect(values.some((row) => row[0] === "Trang tính1" && row[1] === "Tab trống.")).toBe(true);
  });

  test("reports the outcome in a toast", () => {
    expect(emulator.ui.toasts.at(-1)?.message).toMatch(/^Đã cập nhật thẻ điểm cân bằng ở tab "BSC - Tổng hợp": điểm tổng thể 91,5%, 11 KPI từ 3 tab\.$/);
  });

  test("gives the same result as JSON", () => {
    const json = result(emulator);
    expect(Object.keys(json).sort()).toEqual(["attention", "groups", "kpis", "overall", "overallStatus", "skipped", "trend", "trendTabs"]);
    expect(json.groups.map((group) => group.key)).toEqual(["financial", "customer", "internal", "learning"]);
    expect(json.kpis[0]).toEqual({
      tab: "KPI - Marketing",
      row: 7,
      id: "MKT-01",
      name: "Khách hàng tiềm năng đủ điều kiện (SQL)",
      group: "internal",
      unit: "count",
      actual: 80,
      target: 100,
      threshold: null,
      direction: "higher",
      weight: 3,
      score: 0.8,
      status: "attention",
    });
    expect(json.trend).toEqual([]);
    expect(json.trendTabs).toEqual([]);
    expect(json.skipped).toEqual([{ tab: "Trang tính1", reason: "Tab trống." }]);
  });
});

describe("rebuilding", () => {
  test("keeps the mission and the tab name", () => {
    const emulator = loadAddon({ language: "vi" });
    marketingWithNumbers(emulator);
    build(emulator);
    summaryOf(emulator).getRange("B2").setValue("Giúp 10.000 doanh nghiệp quản trị bằng số liệu");
    summaryOf(emulator).setName("Thẻ điểm 2026");
    build(emulator);
    const names = emulator.spreadsheet.getSheets().map((sheet) => sheet.getName());
    expect(names).toEqual(["Thẻ điểm 2026", "Trang tính1", "KPI - Marketing", "BSC - Lịch sử"]);
    expect(summaryOf(emulator).getRange("B2").getValue()).toBe("Giúp 10.000 doanh nghiệp quản trị bằng số liệu");
  });

  test("that fails midway leaves the previous summary and every tab unchanged", () => {
    const emulator = loadAddon({ language: "vi" });
    const marketing = marketingWithNumbers(emulator);
    build(emulator);
    summaryOf(emulator).getRange("B2").setValue("Sứ mệnh của chúng tôi");
    const before = emulator.spreadsheet.getSheets().map(snapshot);
    marketing.getRange(7, columnOf(marketing, 6, "Thực tế")).setValue(95);
    const afterEdit = emulator.spreadsheet.getSheets().map(snapshot);

    emulator.failOn("Range.setFontWeights", { afterCalls: 0, message: "Service unavailable" });
    build(emulator);

    expect(emulator.spreadsheet.getSheets().map(snapshot)).toEqual(afterEdit);
    expect((before[0] as { values: unknown }).values).toEqual((afterEdit[0] as { values: unknown }).values);
    expect(emulator.ui.alerts.at(-1)?.prompt ?? emulator.ui.alerts.at(-1)?.title).toMatch(
      /Không lập được thẻ điểm: Service unavailable\. Tab tổng hợp trước đó vẫn được giữ nguyên\./,
    );
  });

  test("cleans up a draft left by a failed build", () => {
    const emulator = loadAddon({ language: "vi" });
    marketingWithNumbers(emulator);
    emulator.failOn("Range.setNotes", { afterCalls: 0 });
    emulator.failOn("Spreadsheet.deleteSheet", { afterCalls: 0 });
    build(emulator);
    expect(emulator.spreadsheet.getSheets()).toHaveLength(3);
    build(emulator);
    const names = emulator.spreadsheet.getSheets().map((sheet) => sheet.getName());
    expect(names).toEqual(["BSC - Tổng hợp", "Trang tính1", "KPI - Marketing", "BSC - Lịch sử"]);
  });
});

describe("swapping in the new summary", () => {
  function builtTwice(emulator: ReturnType<typeof loadAddon>) {
    marketingWithNumbers(emulator);
    build(emulator);
    summaryOf(emulator).getRange("B2").setValue("Sứ mệnh của chúng tôi");
  }

  test("that fails to rename restores the previous summary", () => {
    const emulator = loadAddon({ language: "vi" });
    builtTwice(emulator);
    const before = emulator.spreadsheet.getSheets().map(snapshot);
    emulator.failOn("Sheet.setName", { afterCalls: 1, message: "Service unavailable" });
    build(emulator);
    expect(emulator.spreadsheet.getSheets().map(snapshot)).toEqual(before);
    expect(emulator.ui.alerts.at(-1)?.prompt ?? emulator.ui.alerts.at(-1)?.title).toMatch(/Tab tổng hợp trước đó vẫn được giữ nguyên\./);
  });

  test("whose undo also fails gets its name back next time", () => {
    const emulator = loadAddon({ language: "vi" });
    builtTwice(emulator);
    emulator.failOn("Sheet.setName", { afterCalls: 1, times: 2 });
    build(emulator);
    expect(summaryOf(emulator).getName()).toBe("BSC - Tổng hợp (old)");
    build(emulator);
    expect(emulator.spreadsheet.getSheets().map((sheet) => sheet.getName())).toEqual(["BSC - Tổng hợp", "Trang tính1", "KPI - Marketing", "BSC - Lịch sử"]);
    expect(summaryOf(emulator).getRange("B2").getValue()).toBe("Sứ mệnh của chúng tôi");
  });

  test("that cannot mark its draft leaves no tab behind", () => {
    const emulator = loadAddon({ language: "vi" });
    builtTwice(emulator);
    const before = emulator.spreadsheet.getSheets().map(snapshot);
    emulator.failOn("Sheet.addDeveloperMetadata", { afterCalls: 0 });
    build(emulator);
    expect(emulator.spreadsheet.getSheets().map(snapshot)).toEqual(before);
  });

  test("stopped before the old summary goes is finished by the next build", () => {
    const emulator = loadAddon({ language: "vi" });
    builtTwice(emulator);
    emulator.failOn("Spreadsheet.deleteSheet", { afterCalls: 0 });
    build(emulator);
    expect(emulator.spreadsheet.getSheets().map((sheet) => sheet.getName())).toEqual([
      "BSC - Tổng hợp",
      "BSC - Tổng hợp (old)",
      "Trang tính1",
      "KPI - Marketing",
      "BSC - Lịch sử",
    ]);
    build(emulator);
    expect(emulator.spreadsheet.getSheets().map((sheet) => sheet.getName())).toEqual(["BSC - Tổng hợp", "Trang tính1", "KPI - Marketing", "BSC - Lịch sử"]);
    expect(summaryOf(emulator).getRange("B2").getValue()).toBe("Sứ mệnh của chúng tôi");
    expect(emulator.spreadsheet.getSheets()[0].getDeveloperMetadata().map((metadata) => metadata.getKey())).toEqual(["kpi_bsc.summary"]);
  });
});

describe("a user's own tab with the summary's name", () => {
  test("is never touched; the summary takes a free name", () => {
    const emulator = loadAddon({ language: "vi" });
    const own = addUserTab(emulator, "BSC - Tổng hợp", [["Ghi chú riêng"], ["đừng xóa"]]);
    const before = snapshot(own);
    build(emulator);
    build(emulator);
    expect(snapshot(emulator.spreadsheet.getSheetByName("BSC - Tổng hợp") as Sheet)).toEqual(before);
    expect(summaryOf(emulator).getName()).toBe("BSC - Tổng hợp (2)");
    expect(emulator.spreadsheet.getSheets().map((sheet) => sheet.getName())).toEqual([
      "BSC - Tổng hợp (2)",
      "Trang tính1",
      "BSC - Tổng hợp",
      "BSC - Lịch sử",
    ]);
  });
});

describe("while another build holds the document lock", () => {
  test("waits, then reports that a build is running and changes nothing", () => {
    const emulator = loadAddon({ language: "vi" });
    marketingWithNumbers(emulator);
    const before = emulator.spreadsheet.getSheets().map(snapshot);
    emulator.lock.holdDocumentLock();
    build(emulator);
    expect(emulator.lock.elapsedMs).toBeGreaterThanOrEqual(20_000);
    expect(emulator.ui.alerts.at(-1)?.prompt ?? emulator.ui.alerts.at(-1)?.title).toMatch(/đang chạy trong bảng tính này/);
    expect(emulator.spreadsheet.getSheets().map(snapshot)).toEqual(before);
  });
});

describe("tabs with nothing to score", () => {
  test("a header-only tab and a blank tab build a summary with no data", () => {
    const emulator = loadAddon({ language: "vi" });
    addUserTab(emulator, "KPI Bán hàng", [["Tên KPI", "Thực tế", "Mục tiêu"]]);
    build(emulator);
    expect(emulator.ui.alerts).toEqual([]);
    const json = result(emulator);
    expect(json.overall).toBeNull();
    expect(json.groups.every((group) => group.status === "no_data")).toBe(true);
    expect(json.skipped.map((skipped) => skipped.tab)).toEqual(["Trang tính1", "KPI Bán hàng"]);
  });
});

describe("scores across tabs", () => {
  test("weights within a perspective add up as a weighted mean", () => {
    const emulator = loadAddon({ language: "vi" });
    addUserTab(emulator, "Tài chính", [
      ["KPI", "Khía cạnh", "Thực tế", "Mục tiêu", "Trọng số"],
      ["Doanh thu", "Tài chính", 120, 100, 30],
      ["Biên lợi nhuận", "Tài chính", 60, 100, 30],
      ["Dòng tiền", "Tài chính", 50, 100, 20],
    ]);
    const financial = result(emulator).groups[0];
    expect(financial.score).toBeCloseTo(0.725, 12);
    expect(financial.status).toBe("attention");
  });

  test("a blank actual is left out rather than counted as zero", () => {
    const emulator = loadAddon({ language: "vi" });
    addUserTab(emulator, "Khách hàng", [
      ["KPI", "Khía cạnh", "Thực tế", "Mục tiêu", "Trọng số"],
      ["CSAT", "Khách hàng", 92, 100, 1],
      ["NPS", "Khách hàng", 50, 100, 1],
      ["Giữ chân", "Khách hàng", "", 100, 1],
    ]);
    const customer = result(emulator).groups[1];
    expect(customer.score).toBeCloseTo(0.71, 12);
    expect(customer).toMatchObject({ kpis: 3, attention: 1, failing: 1, noData: 1 });
  });
});

describe("text copied from users' tabs", () => {
  test.each(["=1+1", "1.234", "3/4", "+84 90 123", "TRUE", "2026-07-15"])("%p lands exactly as typed", (name) => {
    const emulator = loadAddon({ language: "vi" });
    const tab = emulator.spreadsheet.insertSheet("Nhập tay");
    tab.getRange("A1:C2").setNumberFormat("@");
    tab.getRange("A1:C2").setValues([["KPI", "Thực tế", "Mục tiêu"], [name, "", ""]]);
    tab.getRange("B2:C2").setNumberFormat("0").setValues([[1, 2]]);
    build(emulator);
    const values = summaryOf(emulator).getDataRange().getValues();
    const row = values.find((line) => line[0] === "Nhập tay");
    expect(row?.[3]).toBe(name);
  });
});

describe("in an en_US spreadsheet", () => {
  test("the summary is written in English", () => {
    const emulator = loadAddon({ language: "en" });
    generate(emulator, { groups: [{ kind: "stage", key: "attraction" }], layout: "basic" });
    build(emulator);
    const summary = summaryOf(emulator);
    expect(summary.getName()).toBe("BSC - Summary");
    expect(summary.getRange("A1:A3").getValues().flat()).toEqual(["Balanced Scorecard", "Mission", "Built at"]);
    expect(summary.getRange("A6:A9").getValues().flat()).toEqual(["Financial", "Customer", "Internal process", "Learning and growth"]);
  });
});
