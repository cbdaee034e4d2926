import { readFileSync } from "node:fs";
import path from "node:path";
import type { SaveMappingResponse, SkippedTablesResponse } from "../../src/core/bridge/contract";
import type { ScorecardResult } from "../../src/core/scorecard/result";
import { addUserTab, describeWithFile, loadAddon, SHARED_DATA, snapshot } from "./addon";

type Emulator = ReturnType<typeof loadAddon>;

const skipped = (emulator: Emulator, request?: unknown) =>
  (emulator.run("getSkippedTables", request === undefined ? [] : [request]) as SkippedTablesResponse).tables;
const save = (emulator: Emulator, request: unknown) => emulator.run("saveColumnMapping", [request]) as SaveMappingResponse;
const result = (emulator: Emulator) => emulator.run("getScorecardResult", []) as ScorecardResult;

function weeklyReport(emulator: Emulator) {
  return addUserTab(emulator, "Báo cáo tuần", [
    ["Báo cáo tuần 28", "", "", ""],
    ["Hạng mục", "Ngày", "Số liệu", "Chỉ tiêu"],
    // Typed as a user types a date, so Sheets stores a date with a date format.
    ["Doanh số", "15/07/2026", 90, 100],
    ["Khách mới", "15/07/2026", 12, 10],
  ]);
}

describe("listing skipped tables", () => {
  const emulator = loadAddon({ language: "vi" });
  const tab = weeklyReport(emulator);
  const tables = skipped(emulator);

  test("lists the tab with the reason, not the empty first tab", () => {
    expect(tables.map((table) => table.name)).toEqual(["Báo cáo tuần"]);
    expect(tables[0].sheetId).toBe(tab.getSheetId());
    expect(tables[0].reason).toMatch(/Không tìm thấy hàng tiêu đề/);
    expect(tables[0].mapping).toBeNull();
  });

  test("shows the rows as the sheet displays them, dates included", () => {
    expect(tab.getRange("B3").getValue()).toBeInstanceOf(Date);
    expect(tables[0].rows[2]).toEqual(["Doanh số", "15/07/2026", "90", "100"]);
    expect(JSON.parse(JSON.stringify(tables))).toEqual(tables);
  });

  test("suggests the row of text headers", () => {
    expect(tables[0].suggestedHeaderRow).toBe(2);
  });
});

describe("saving a mapping", () => {
  test("counts one KPI in the singular", () => {
    const emulator = loadAddon({ language: "en" });
    const tab = addUserTab(emulator, "Weekly", [
      ["Item", "Date", "Figure", "Quota"],
      ["Sales", "15/07/2026", 90, 100],
    ]);
    const response = save(emulator, { language: "en", sheetId: tab.getSheetId(), headerRow: 1, columns: { name: 1, actual: 3, target: 4 } });
    expect(response.message).toBe("Saved. The next build reads 1 KPI from Weekly.");
  });

  test("makes every later build read the tab", () => {
    const emulator = loadAddon({ language: "vi" });
    const tab = weeklyReport(emulator);
    const response = save(emulator, { sheetId: tab.getSheetId(), headerRow: 2, columns: { name: 1, actual: 3, target: 4 }, perspective: "customer" });
    expect(response).toEqual({ tab: "Báo cáo tuần", kpis: 2, message: "Đã lưu. Lần lập thẻ điểm tới sẽ đọc 2 KPI từ tab Báo cáo tuần." });

    const json = result(emulator);
    expect(json.kpis.map((kpi) => [kpi.name, kpi.score, kpi.group])).toEqual([
      ["Doanh số", 0.9, "customer"],
      ["Khách mới", 1, "customer"],
    ]);
    expect(json.skipped.map((entry) => entry.tab)).toEqual(["Trang tính1"]);
  });

  test("follows columns moved after mapping, and survives a rename", () => {
    const emulator = loadAddon({ language: "vi" });
    const tab = weeklyReport(emulator);
    save(emulator, { sheetId: tab.getSheetId(), headerRow: 2, columns: { name: 1, actual: 3, target: 4 } });
    const values = tab.getDataRange().getValues();
    // Moving columns in Sheets moves their formats too.
    tab.getRange("B3:D4").setNumberFormats([["0", "dd/mm/yyyy", "0"], ["0", "dd/mm/yyyy", "0"]]);
    tab.getRange(1, 1, 4, 4).setValues(values.map((row) => [row[0], row[3], row[1], row[2]]));
    tab.setName("Tuần 28");
    expect(result(emulator).kpis.map((kpi) => [kpi.tab, kpi.actual, kpi.target])).toEqual([
      ["Tuần 28", 90, 100],
      ["Tuần 28", 12, 10],
    ]);
  });

  test("keeps listing a mapped tab so the mapping can be changed", () => {
    const emulator = loadAddon({ language: "en" });
    const tab = weeklyReport(emulator);
    save(emulator, { sheetId: tab.getSheetId(), headerRow: 2, columns: { name: 1, actual: 3, target: 4 } });
    const [table] = skipped(emulator);
    expect(table.reason).toBe("");
    expect(table.mapping?.columns.actual).toEqual({ index: 3, header: "Số liệu" });
    expect(table.suggestedHeaderRow).toBe(2);
  });

  test("says when mapped columns are gone", () => {
    const emulator = loadAddon({ language: "vi" });
    const tab = weeklyReport(emulator);
    save(emulator, { sheetId: tab.getSheetId(), headerRow: 2, columns: { name: 1, actual: 3, target: 4 } });
    tab.getRange("C2").setValue("Khác");
    expect(result(emulator).skipped.find((entry) => entry.tab === "Báo cáo tuần")?.reason).toMatch(/còn thiếu: Thực tế\)/);
  });
});

describe("a mapping the server rejects", () => {
  const cases: [string, (emulator: Emulator, sheetId: number) => unknown, RegExp][] = [
    ["no name column", (_, sheetId) => ({ sheetId, headerRow: 2, columns: { actual: 3, target: 4 } }), /còn thiếu: Tên KPI\)/],
    ["one column twice", (_, sheetId) => ({ sheetId, headerRow: 2, columns: { name: 1, actual: 3, target: 3 } }), /Cột 3 đang được chọn cho hai mục/],
    ["a column outside the table", (_, sheetId) => ({ sheetId, headerRow: 2, columns: { name: 1, actual: 3, target: 9 } }), /Cột 9 nằm ngoài bảng/],
    ["an unknown tab", () => ({ sheetId: 424242, headerRow: 2, columns: { name: 1, actual: 3, target: 4 } }), /Tab đó không còn nữa/],
    ["a header row too far down", (_, sheetId) => ({ sheetId, headerRow: 40, columns: { name: 1, actual: 3, target: 4 } }), /Yêu cầu không hợp lệ \(headerRow/],
    ["a column that is not a number", (_, sheetId) => ({ sheetId, headerRow: 2, columns: { name: "A", actual: 3, target: 4 } }), /Yêu cầu không hợp lệ \(columns\.name/],
  ];

  test.each(cases)("%s gets a message and changes nothing", (_name, request, message) => {
    const emulator = loadAddon({ language: "vi" });
    const tab = weeklyReport(emulator);
    const before = snapshot(tab);
    expect(() => save(emulator, request(emulator, tab.getSheetId()))).toThrow(message);
    expect(snapshot(tab)).toEqual(before);
    expect(tab.getDeveloperMetadata()).toHaveLength(0);
  });

  test("the summary tab cannot be mapped", () => {
    const emulator = loadAddon({ language: "vi" });
    emulator.run("buildScorecard", []);
    const summary = emulator.spreadsheet.getSheets()[0];
    expect(() => save(emulator, { sheetId: summary.getSheetId(), headerRow: 5, columns: { name: 1, actual: 2, target: 3 } })).toThrow(/Tab đó không còn nữa/);
  });
});

// The public data sets sit beside the project in CI, not on a user's machine.
const GC_FILE = path.join(SHARED_DATA, "gc-service-standards-2017-2018.csv");

/** Parses RFC 4180 CSV on its own, so the expected scores do not depend on the emulator's import. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"';
        index++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      row.push(cell);
      cell = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[index + 1] === "\n") index++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += char;
  }
  if (cell !== "" || row.length > 0) rows.push([...row, cell]);
  return rows;
}

describeWithFile(GC_FILE, "the Government of Canada service standards, mapped by hand", () => {
  const emulator = loadAddon({ language: "en" });
  const [blank] = emulator.spreadsheet.getSheets();
  const sheet = emulator.importCsv(GC_FILE);
  emulator.spreadsheet.deleteSheet(blank);

  const [header, ...data] = parseCsv(readFileSync(GC_FILE, "utf8").replace(/^\uFEFF/, ""));
  const column = (name: string) => header.indexOf(name);
  const nameAt = column("service_std_en");
  const targetAt = column("service_std_target");
  const actualAt = column("performance");
  const numberOf = (text: string) => (/^-?\d+(\.\d+)?$/.test(text.trim()) ? Number(text) : null);

  const expected = data
    .map((row, index) => ({ row: index + 2, name: (row[nameAt] ?? "").trim(), target: numberOf(row[targetAt] ?? ""), actual: numberOf(row[actualAt] ?? "") }))
    .filter((kpi) => kpi.name !== "")
    .map((kpi) => {
      const score = kpi.actual === null || kpi.target === null || kpi.target <= 0 ? null : Math.min(1, Math.max(0, kpi.actual / kpi.target));
      const status = score === null ? "no_data" : score >= 1 ? "on_target" : score < 0.7 ? "failing" : "attention";
      return { ...kpi, score, status };
    });

  test("is skipped until mapped", () => {
    expect(result(emulator).skipped.map((entry) => entry.tab)).toEqual(["gc-service-standards-2017-2018"]);
  });

  test("scores every standard as an independent computation does", () => {
    save(emulator, {
      sheetId: sheet.getSheetId(),
      headerRow: 1,
      columns: { name: nameAt + 1, target: targetAt + 1, actual: actualAt + 1 },
      perspective: "customer",
    });
    const json = result(emulator);
    expect(json.kpis).toHaveLength(expected.length);
    json.kpis.forEach((kpi, index) => {
      expect([kpi.row, kpi.name]).toEqual([expected[index].row, expected[index].name]);
      expect([kpi.row, kpi.score === null ? null : Number(kpi.score.toFixed(12))]).toEqual([
        expected[index].row,
        expected[index].score === null ? null : Number((expected[index].score as number).toFixed(12)),
      ]);
      expect([kpi.row, kpi.status]).toEqual([expected[index].row, expected[index].status]);
    });

    const scored = expected.filter((kpi) => kpi.score !== null);
    const customer = json.groups.find((group) => group.key === "customer");
    expect(customer?.score).toBeCloseTo(scored.reduce((sum, kpi) => sum + (kpi.score as number), 0) / scored.length, 12);
    expect(customer?.noData).toBe(expected.length - scored.length);
    expect(customer?.onTarget).toBe(expected.filter((kpi) => kpi.status === "on_target").length);
    expect(customer?.failing).toBe(expected.filter((kpi) => kpi.status === "failing").length);
  });

  test("counts ND, NA and blank actuals as no data", () => {
    const noActual = expected.filter((kpi) => kpi.actual === null).length;
    expect(noActual).toBeGreaterThan(0);
    expect(result(emulator).kpis.filter((kpi) => kpi.actual === null)).toHaveLength(noActual);
  });
});
