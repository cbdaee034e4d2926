import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { createEmulator } from "../../emulator";

const SHARED_DATA = path.resolve(__dirname, "../../../shared/data");
const hasSharedData = fs.existsSync(SHARED_DATA);
const describeWithSharedData = hasSharedData ? describe : describe.skip;
if (!hasSharedData) console.warn(`Skipping the shared data tests: ${SHARED_DATA} does not exist.`);

function findSoffice(): string | undefined {
  for (const candidate of ["soffice", "libreoffice"]) {
    try {
      return execFileSync("which", [candidate], { encoding: "utf8" }).trim() || undefined;
    } catch {
      // not on PATH, try the next name
    }
  }
  return undefined;
}
const soffice = findSoffice();
const testWithLibreOffice = soffice ? test : test.skip;
if (!soffice) console.warn("Skipping the LibreOffice round trip: neither soffice nor libreoffice is installed.");

function tempFile(name: string, content?: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "emu-files-"));
  const file = path.join(dir, name);
  if (content !== undefined) fs.writeFileSync(file, content);
  return file;
}

describe("importCsv", () => {
  test("quoted fields keep commas, doubled quotes and line breaks", () => {
    const file = tempFile("kpi.csv", '\uFEFFname,note\r\n"Doanh thu, quý","Nói ""đạt""\nrồi"\r\n');
    const emu = createEmulator();
    const sheet = emu.importCsv(file);
    expect(sheet.getName()).toBe("kpi");
    expect(sheet.getDataRange().getValues()).toEqual([
      ["name", "note"],
      ["Doanh thu, quý", 'Nói "đạt"\nrồi'],
    ]);
  });

  test("numbers and ISO dates are converted and other text kept", () => {
    const file = tempFile("data.csv", "a,b,c,d,e,f,g\n80,97.05882352941177,-3,2021-01-31,NA,,=1+1\n");
    const emu = createEmulator({ timeZone: "Asia/Ho_Chi_Minh" });
    const sheet = emu.importCsv(file, "Dữ liệu");
    expect(sheet.getName()).toBe("Dữ liệu");
    expect(sheet.getRange(2, 1, 1, 7).getValues()).toEqual([[80, 97.05882352941177, -3, new Date("2021-01-30T17:00:00Z"), "NA", "", "=1+1"]]);
    expect(sheet.getRange(2, 7).getFormula()).toBe("");
  });

  test("a tab name that is taken throws", () => {
    const file = tempFile("Trang tính1.csv", "a\n");
    expect(() => createEmulator().importCsv(file)).toThrow("already exists");
  });

  test("a file wider than 26 columns widens the sheet", () => {
    const file = tempFile("wide.csv", `${Array.from({ length: 30 }, (_, i) => `c${i}`).join(",")}\n`);
    const sheet = createEmulator().importCsv(file);
    expect(sheet.getMaxColumns()).toBe(30);
    expect(sheet.getRange(1, 30).getValue()).toBe("c29");
  });
});

describeWithSharedData("importCsv on public data", () => {
  test("the service standards file keeps its rows, columns and values", () => {
    const sheet = createEmulator().importCsv(path.join(SHARED_DATA, "gc-service-standards-2017-2018.csv"));
    expect(sheet.getLastColumn()).toBe(25);
    const values = sheet.getDataRange().getValues();
    expect(values[0][0]).toBe("fiscal_yr");
    expect(values[1][11]).toBe(80);
    expect(values[2][14]).toBe(97.05882352941177);
    expect(values[5][2]).toContain("AgriAssurance\nNational Industry Association Component");
    expect(values[1][17]).toBe("NA");
    expect(sheet.getLastRow()).toBe(values.length);
    expect(values).toHaveLength(498);
  });

  test("the monthly SaaS file has dates and numbers", () => {
    const emu = createEmulator({ timeZone: "Asia/Ho_Chi_Minh" });
    const sheet = emu.importCsv(path.join(SHARED_DATA, "saas-monthly-2021.csv"));
    expect(sheet.getName()).toBe("saas-monthly-2021");
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([13, 6]);
    expect(sheet.getRange(2, 1, 1, 6).getValues()).toEqual([[new Date("2021-01-30T17:00:00Z"), 50, 5, 500, 25000, 15000]]);
    expect(sheet.getRange("A13").getDisplayValue()).toBe("31/12/2021");
  });
});

function buildWorkbook() {
  const emu = createEmulator({ timeZone: "Asia/Ho_Chi_Minh" });
  const ss = emu.spreadsheet;
  const kpi = ss.getSheets()[0];
  kpi.setName("Q3'26 KD");
  kpi.getRange(1, 1, 3, 3).setValues([
    ["KPI", "Thực tế", "Mục tiêu"],
    ["Doanh thu", 1500000, 2000000],
    ["Ngày", "15/07/2026", ""],
  ]);
  kpi.getRange("D2").setFormula("=B2/C2");
  kpi.getRange("D2").setNumberFormat("0.0%");
  kpi.getRange("B2:C2").setNumberFormat('#,##0 "₫"');
  kpi.getRange("A1").setNote("Tên KPI");
  kpi.getRange("A1:D1").setFontWeight("bold").setBackground("#d9ead3").setFontColor("#1a73e8");
  kpi.setFrozenRows(1);
  kpi.setColumnWidth(1, 210);
  kpi.getRange("E2").setDataValidation(emu.spreadsheetApp.newDataValidation().requireValueInList(["Đạt", "Không đạt"]).build());
  kpi.setConditionalFormatRules([
    emu.spreadsheetApp.newConditionalFormatRule().whenTextEqualTo("Đạt").setBackground("#b7e1cd").setRanges([kpi.getRange("E2:E10")]).build(),
  ]);
  const summary = ss.insertSheet("Tổng hợp thẻ điểm cân bằng năm 2026 theo khía cạnh");
  summary.getRange("A1").setFormula("='Q3''26 KD'!D2*100");
  summary.getRange("A2").setFormula("=1/0");
  return emu;
}

describe("exportXlsx and importXlsx", () => {
  test("a round trip keeps sheets, values, formulas, formats and notes", async () => {
    const file = tempFile("book.xlsx");
    await buildWorkbook().exportXlsx(file);
    const copy = createEmulator({ timeZone: "Asia/Ho_Chi_Minh" });
    await copy.importXlsx(file);
    const [kpi, summary] = copy.spreadsheet.getSheets();
    expect(copy.spreadsheet.getSheets()).toHaveLength(2);
    expect(kpi.getName()).toBe("Q3'26 KD");
    expect(summary.getName()).toBe("Tổng hợp thẻ điểm cân bằng năm");
    expect(kpi.getRange(1, 1, 2, 3).getValues()).toEqual([
      ["KPI", "Thực tế", "Mục tiêu"],
      ["Doanh thu", 1500000, 2000000],
    ]);
    expect(kpi.getRange("B3").getValue()).toEqual(new Date("2026-07-14T17:00:00Z"));
    expect(kpi.getRange("D2").getFormula()).toBe("=B2/C2");
    expect(kpi.getRange("D2").getValue()).toBe(0.75);
    expect(kpi.getRange("D2").getNumberFormat()).toBe("0.0%");
    expect(kpi.getRange("B2").getDisplayValue()).toBe("1.500.000 ₫");
    expect(kpi.getRange("A1").getNote()).toBe("Tên KPI");
    expect(kpi.getRange("A1").getFontWeight()).toBe("bold");
    expect(kpi.getRange("A1").getBackground()).toBe("#d9ead3");
    expect(kpi.getRange("A1").getFontColor()).toBe("#1a73e8");
    expect(kpi.getFrozenRows()).toBe(1);
    expect(kpi.getColumnWidth(1)).toBe(210);
    expect(summary.getRange("A1").getFormula()).toBe("='Q3''26 KD'!D2*100");
    expect(summary.getRange("A1:A2").getValues()).toEqual([[75], ["#DIV/0!"]]);
  });

  test("formulas carry their computed results for viewers that do not recalculate", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const file = tempFile("cached.xlsx");
    await buildWorkbook().exportXlsx(file);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const cell = workbook.getWorksheet("Q3'26 KD")!.getCell("D2");
    expect(cell.value).toEqual({ formula: "B2/C2", result: 0.75 });
    expect(workbook.getWorksheet("Q3'26 KD")!.getCell("E2").dataValidation).toMatchObject({ type: "list", formulae: ['"Đạt,Không đạt"'] });
    expect(workbook.worksheets[1].getCell("A2").value).toEqual({ formula: "1/0", result: { error: "#DIV/0!" } });
  });

  testWithLibreOffice(
    "LibreOffice opens the export and shows the values",
    async () => {
      const file = tempFile("libre.xlsx");
      await buildWorkbook().exportXlsx(file);
      const outDir = path.dirname(file);
      // Filter options: comma separator (44), double quotes (34), UTF-8 (76), first sheet.
      const target = "csv:Text - txt - csv (StarCalc):44,34,76,1";
      execFileSync(soffice!, ["--headless", "--convert-to", target, "--outdir", outDir, file], { stdio: "pipe", timeout: 120000 });
      const csv = fs.readFileSync(path.join(outDir, "libre.csv"), "utf8");
      expect(csv.split(/\r?\n/)[0]).toBe('"KPI","Thực tế","Mục tiêu",');
      expect(csv).toContain("Doanh thu");
      expect(csv).toContain("75.0%");
    },
    180000,
  );
});
