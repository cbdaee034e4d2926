import { addUserTab, columnOf, generate, loadAddon, snapshot, type Sheet } from "./addon";

const HEADER_ROW = 6;
const FIRST_KPI_ROW = 7;

function fill(sheet: Sheet, row: number, values: { actual?: number; target?: number; threshold?: number }, language: "vi" | "en") {
  const header = language === "vi" ? { actual: "Thực tế", target: "Mục tiêu", threshold: "Định mức tối thiểu" } : { actual: "Actual", target: "Target", threshold: "Minimum threshold" };
  for (const key of ["actual", "target", "threshold"] as const) {
    const value = values[key];
    if (value !== undefined) sheet.getRange(row, columnOf(sheet, HEADER_ROW, header[key])).setValue(value);
  }
}

describe("a generated Marketing tab in a vi_VN sheet", () => {
  const emulator = loadAddon({ language: "vi" });
  const [sheet] = generate(emulator, { groups: [{ kind: "department", key: "marketing" }], layout: "basic", objective: "Tăng trưởng 30%", owner: "Chị Hà" });

  test("is a new tab named after the department", () => {
    expect(sheet.getName()).toBe("KPI - Marketing");
  });

  test("opens with its title, department and objective", () => {
    expect(sheet.getRange("A1").getValue()).toBe("Bộ KPI bộ phận Marketing");
    expect(sheet.getRange("A2").getValue()).toBe("Bộ phận: Marketing");
    expect(sheet.getRange("A3:B3").getValues()).toEqual([["Mục tiêu chiến lược / sứ mệnh", "Tăng trưởng 30%"]]);
    expect(sheet.getRange("A4:B4").getValues()).toEqual([["Người phụ trách", "Chị Hà"]]);
    expect(sheet.getRange("C4").getValue()).toBe("Thời gian áp dụng");
  });

  test("has the basic columns in Vietnamese, frozen under the header", () => {
    expect(sheet.getRange(HEADER_ROW, 1, 1, 14).getValues()[0]).toEqual([
      "Mã KPI", "Tên KPI", "Khía cạnh BSC", "Mục tiêu chiến lược", "Đơn vị", "Chiều đánh giá", "Giá trị cơ sở",
      "Định mức tối thiểu", "Mục tiêu", "Thực tế", "Điểm", "Trạng thái", "Trọng số", "Người phụ trách",
    ]);
    expect(sheet.getLastColumn()).toBe(14);
    expect(sheet.getFrozenRows()).toBe(HEADER_ROW);
  });

  test("lists every Marketing KPI of the catalog with its fields", () => {
    const rows = sheet.getRange(FIRST_KPI_ROW, 1, 10, 6).getValues();
    expect(rows.map((row) => row[0])).toEqual(["MKT-01", "MKT-02", "MKT-03", "MKT-04", "MKT-05", "MKT-06", "MKT-07", "MKT-08", "MKT-09", "MKT-10"]);
    expect(rows[2]).toEqual(["MKT-03", "Chi phí thu hút khách hàng (CAC)", "Tài chính", "Tăng trưởng 30%", "VNĐ", "Càng thấp càng tốt"]);
    expect(sheet.getLastRow()).toBe(FIRST_KPI_ROW + 9);
  });

  test("explains every column in a header note", () => {
    const notes = sheet.getRange(HEADER_ROW, 1, 1, 14).getNotes()[0];
    expect(notes.every((note) => note.length > 10)).toBe(true);
    expect(notes[7]).toContain("Mức tối thiểu chấp nhận được");
  });

  test("offers dropdowns for perspective and direction", () => {
    const perspective = sheet.getRange(FIRST_KPI_ROW, 3).getDataValidation();
    expect(perspective?.getCriteriaValues()[0]).toEqual(["Tài chính", "Khách hàng", "Quy trình nội bộ", "Học hỏi và phát triển"]);
    expect(perspective?.getAllowInvalid()).toBe(false);
    const direction = sheet.getRange(FIRST_KPI_ROW + 9, 6).getDataValidation();
    expect(direction?.getCriteriaValues()[0]).toEqual(["Càng cao càng tốt", "Càng thấp càng tốt", "Càng gần mục tiêu càng tốt"]);
  });

  test("formats numbers by unit and keeps text literal", () => {
    const formats = sheet.getRange(FIRST_KPI_ROW + 2, 1, 1, 14).getNumberFormats()[0];
    expect(formats[0]).toBe("@");
    expect(formats[8]).toBe('#,##0 "₫"');
    expect(formats[10]).toBe("0%");
    expect(sheet.getRange(FIRST_KPI_ROW + 6, 9).getNumberFormat()).toBe("0.0%");
  });

  test("colours the status column by status", () => {
    const rules = sheet.getConditionalFormatRules();
    expect(rules.map((rule) => rule.getBooleanCondition()?.getCriteriaValues()[0])).toEqual(["Đạt", "Cần cải thiện", "Không đạt", "Chưa có dữ liệu"]);
    expect(rules[0].getRanges()[0].getA1Notation()).toBe("L7:L16");
  });

  test("protects the formula columns with a warning only", () => {
    const protections = sheet.getProtections(emulator.spreadsheetApp.ProtectionType.RANGE);
    expect(protections).toHaveLength(1);
    expect(protections[0].isWarningOnly()).toBe(true);
    expect(protections[0].getRange().getA1Notation()).toBe("K7:L16");
  });

  test("writes one score and one status formula per row, in canonical form", () => {
    const formulas = sheet.getRange(FIRST_KPI_ROW, 11, 10, 2).getFormulas();
    expect(formulas.every((row) => row.every((formula) => formula.startsWith("=IF(")))).toBe(true);
    expect(formulas[0][0]).toContain("J7");
    expect(formulas[9][0]).toContain("J16");
    expect(formulas.flat().some((formula) => formula.includes(";"))).toBe(false);
  });

  test("is marked as the add-on's own", () => {
    const keys = sheet.getDeveloperMetadata().map((metadata) => metadata.getKey());
    expect(keys).toContain("kpi_bsc.kpi_tab");
  });
});

// NOTE: the emulator supports only the vi_VN, en_US and en_GB locales, so the same check in a
// de_DE sheet waits for a real spreadsheet (see the README's deployment checklist).
describe.each([
  ["vi", "vi", ["Cần cải thiện", "Đạt", "Không đạt", "Chưa có dữ liệu"]],
  ["en", "en", ["Needs attention", "On target", "Failing", "No data"]],
] as const)("score, status and variance formulas in a %s sheet", (_name, language, labels) => {
  const emulator = loadAddon({ language });
  const [sheet] = generate(emulator, { groups: [{ kind: "department", key: "marketing" }], layout: "full" });
  // MKT-01, MKT-02 and MKT-06 are higher-is-better KPIs.
  const [first, second, third] = [FIRST_KPI_ROW, FIRST_KPI_ROW + 1, FIRST_KPI_ROW + 5];
  fill(sheet, first, { actual: 80, target: 100 }, language);
  fill(sheet, second, { actual: 100, target: 100 }, language);
  fill(sheet, third, { actual: 40, target: 100, threshold: 60 }, language);
  const header = language === "vi" ? ["Điểm", "Trạng thái", "Chênh lệch"] : ["Score", "Status", "Variance"];
  const read = (row: number) => header.map((name) => sheet.getRange(row, columnOf(sheet, HEADER_ROW, name)).getValue());

  test("evaluate to the scorecard's results", () => {
    expect(read(first)).toEqual([0.8, labels[0], -20]);
    expect(read(second)).toEqual([1, labels[1], 0]);
    expect(read(third)).toEqual([0, labels[2], -60]);
  });

  test("show no data for a row without an actual", () => {
    expect(read(FIRST_KPI_ROW + 3)).toEqual(["", labels[3], ""]);
  });

  test("full layout has every column of the KPI table contract, then a column per month", () => {
    expect(sheet.getLastColumn()).toBe(26 + 12);
    expect(sheet.getFrozenRows()).toBe(HEADER_ROW);
  });
});

describe("typing over one row's score", () => {
  const emulator = loadAddon({ language: "vi" });
  const [sheet] = generate(emulator, { groups: [{ kind: "department", key: "marketing" }], layout: "basic" });
  for (let index = 0; index < 10; index++) {
    fill(sheet, FIRST_KPI_ROW + index, { actual: 50 + index * 5, target: 100 }, "vi");
    sheet.getRange(FIRST_KPI_ROW + index, columnOf(sheet, HEADER_ROW, "Chiều đánh giá")).setValue("Càng cao càng tốt");
  }
  const row6 = FIRST_KPI_ROW + 5;
  sheet.getRange(row6, 11).setValue(0.9);

  test("breaks only that row's formula", () => {
    const formulas = sheet.getRange(FIRST_KPI_ROW, 11, 10, 1).getFormulas().map((row) => row[0]);
    expect(formulas.filter((formula) => formula === "")).toHaveLength(1);
    expect(formulas[5]).toBe("");
    const scores = sheet.getRange(FIRST_KPI_ROW, 11, 10, 1).getValues().map((row) => row[0]);
    expect(scores).toEqual([0.5, 0.55, 0.6, 0.65, 0.7, 0.9, 0.8, 0.85, 0.9, 0.95]);
  });

  test("leaves the scorecard scoring that row from actual and target", () => {
    const result = emulator.run("getScorecardResult", []) as { kpis: { row: number; score: number }[] };
    expect(result.kpis.find((kpi) => kpi.row === row6)?.score).toBe(0.75);
  });
});

describe("tab names already taken", () => {
  const emulator = loadAddon({ language: "vi" });
  const own = addUserTab(emulator, "kpi - marketing", [["Ghi chú của tôi"], ["giữ nguyên"]]);
  const quoted = addUserTab(emulator, "Q3'26 KD", [["KPI", "Thực tế", "Mục tiêu"], ["Doanh số", 90, 100]]);
  const before = [snapshot(own), snapshot(quoted)];
  const [sheet] = generate(emulator, { groups: [{ kind: "department", key: "marketing" }], layout: "basic" });

  test("get a free suffixed name, compared without regard to case", () => {
    expect(sheet.getName()).toBe("KPI - Marketing (2)");
  });

  test("leave the existing tabs unchanged", () => {
    expect([snapshot(own), snapshot(quoted)]).toEqual(before);
  });

  test("a second generation takes the next suffix", () => {
    const [again] = generate(emulator, { groups: [{ kind: "department", key: "marketing" }], layout: "basic" });
    expect(again.getName()).toBe("KPI - Marketing (3)");
  });

  test("a group asked for twice gets one tab", () => {
    const other = loadAddon({ language: "vi" });
    const marketing = { kind: "department", key: "marketing" };
    const created = generate(other, { groups: [marketing, marketing], layout: "basic" });
    expect(created.map((tab) => tab.getName())).toEqual(["KPI - Marketing"]);
  });
});

describe("user text in a generated tab", () => {
  test.each(["=1+1", "+84 90 123 4567", "1.234", "3/4", "'quoted"])("%p stays literal text", (text) => {
    const emulator = loadAddon({ language: "vi" });
    const [sheet] = generate(emulator, { groups: [{ kind: "stage", key: "attraction" }], layout: "basic", objective: text, owner: text });
    expect(sheet.getRange("B3").getValue()).toBe(text);
    expect(sheet.getRange("B3").getFormula()).toBe("");
    expect(sheet.getRange("B4").getValue()).toBe(text);
    expect(sheet.getRange(FIRST_KPI_ROW, 4).getValue()).toBe(text);
  });
});

describe("requests the generator refuses", () => {
  const cases: [string, unknown, RegExp][] = [
    ["no KPI ticked", { groups: [{ kind: "department", key: "marketing" }], kpiIds: [], layout: "basic" }, /Chưa chọn KPI nào/],
    ["an unknown department", { groups: [{ kind: "department", key: "finance" }], layout: "basic" }, /Không có giai đoạn hay bộ phận nào tên "finance"/],
    ["a KPI of another group", { groups: [{ kind: "department", key: "marketing" }], kpiIds: ["HR-01"], layout: "basic" }, /KPI HR-01 không có trong danh mục/],
    ["a missing layout", { groups: [{ kind: "department", key: "marketing" }] }, /Yêu cầu không hợp lệ \(layout/],
    ["no groups", { groups: [], layout: "basic" }, /Yêu cầu không hợp lệ \(groups/],
    ["not an object", "marketing", /Yêu cầu không hợp lệ/],
    ["an objective too long", { groups: [{ kind: "stage", key: "attraction" }], layout: "basic", objective: "x".repeat(501) }, /objective/],
  ];

  test.each(cases)("%s gets a message and changes nothing", (_name, request, message) => {
    const emulator = loadAddon({ language: "vi" });
    const tabs = emulator.spreadsheet.getSheets().map((sheet) => sheet.getName());
    expect(() => emulator.run("generateKpiTabs", [request])).toThrow(message);
    expect(emulator.spreadsheet.getSheets().map((sheet) => sheet.getName())).toEqual(tabs);
  });

  test("messages follow the requested language", () => {
    const emulator = loadAddon({ language: "vi" });
    expect(() => emulator.run("generateKpiTabs", [{ language: "en", groups: [{ kind: "department", key: "marketing" }], kpiIds: [], layout: "basic" }])).toThrow(
      /No KPI is ticked/,
    );
  });
});

describe("a failure while writing a new tab", () => {
  test("removes the half-written tab and touches nothing else", () => {
    const emulator = loadAddon({ language: "vi" });
    const own = addUserTab(emulator, "Báo cáo", [["KPI", "Thực tế", "Mục tiêu"], ["A", 1, 2]]);
    const before = snapshot(own);
    emulator.failOn("Range.setFormulas", { afterCalls: 0 });
    expect(() => generate(emulator, { groups: [{ kind: "department", key: "marketing" }], layout: "basic" })).toThrow();
    expect(emulator.spreadsheet.getSheets().map((sheet) => sheet.getName())).toEqual(["Trang tính1", "Báo cáo"]);
    expect(snapshot(own)).toEqual(before);
  });
});

describe("SpreadsheetApp calls of a generation", () => {
  function callsFor(kpiIds?: string[]): number {
    const emulator = loadAddon({ language: "vi" });
    emulator.resetCalls();
    generate(emulator, { groups: [{ kind: "department", key: "marketing" }], kpiIds, layout: "full" });
    return emulator.totalCalls();
  }

  test("do not grow with the number of KPIs", () => {
    const three = callsFor(["MKT-01", "MKT-03", "MKT-07"]);
    const ten = callsFor();
    expect(ten).toBe(three);
  });
});
