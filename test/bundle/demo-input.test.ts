import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createEmulator } from "../../emulator";
import { detectDelimiter, toDotDecimal } from "../../scripts/demo/csv-input";
import { DemoInputError } from "../../scripts/demo/messages";
import { runDemo, type DemoOptions } from "../../scripts/demo/run-demo";
import { cutToLength } from "../../scripts/demo/tab-name";
import { DIST } from "./addon";

const ROOT = path.resolve(__dirname, "../..");

const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

function temporaryFolder(): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), "kpi-demo-input-"));
  folders.push(folder);
  return folder;
}

/** Writes `content` to a file named `name` in a new temporary folder and returns its path. */
function inputFile(name: string, content: string | Uint8Array): string {
  const file = path.join(temporaryFolder(), name);
  writeFileSync(file, content);
  return file;
}

/** Runs the demo on `input` and reopens the workbook it writes, to read the imported cells. */
async function runAndReopen(input: string, language: DemoOptions["language"]) {
  const output = path.join(path.dirname(input), "out.xlsx");
  const outcome = await runDemo({ language, input, output, json: false });
  const reopened = createEmulator({ htmlDir: DIST });
  await reopened.importXlsx(output);
  return { outcome, workbook: reopened.spreadsheet };
}

/** Returns the rejection of runDemo, failing the test when it resolves. */
async function demoError(options: DemoOptions): Promise<Error> {
  const error = await runDemo(options).then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof Error)) throw new Error(`runDemo did not reject for ${options.input}`);
  return error;
}

function runCli(args: string[]) {
  return spawnSync(path.join(ROOT, "node_modules/.bin/tsx"), ["scripts/demo.ts", ...args], { cwd: ROOT, encoding: "utf8" });
}

const BOM = "\ufeff";

describe("demo CSV delimiter detection", () => {
  test.each([
    ["comma", "KPI,Actual,Target\nA,1,2\n", ","],
    ["semicolon", "KPI;Actual;Target\nA;1;2\n", ";"],
    ["tab", "KPI\tActual\tTarget\nA\t1\t2\n", "\t"],
    ["semicolons inside quotes", '"a;b;c;d;e",KPI,Actual\n', ","],
    ["commas inside quotes", 'KPI;"Note, with, commas, here";Actual\n', ";"],
    ["quoted line break", '"Title\nwith;;;;;;break",KPI,Actual\n', ","],
    ["title line without delimiter", "Báo cáo KPI 2026\nKPI;Thực tế;Mục tiêu\n", ";"],
    ["single column", "KPI\nA\n", ","],
  ])("%s", (_, text, expected) => {
    expect(detectDelimiter(text)).toBe(expected);
  });
});

describe("demo decimal-comma fields", () => {
  test.each([
    ["1.234,5", "1234.5"],
    ["1.500", "1500"],
    ["0,8", "0.8"],
    ["-0,75", "-0.75"],
    [" 12,5 ", "12.5"],
    ["1 234,5", "1234.5"],
    ["97.05882352941177", "97.05882352941177"],
    ["12,5%", "0.125"],
    ["1,234%", "0.01234"],
    ["1.234 ₫", "1234"],
    ["1,2,3", "1,2,3"],
    ["2026-01-31", "2026-01-31"],
    ["Doanh thu", "Doanh thu"],
    ["", ""],
  ])("%j becomes %j", (field, expected) => {
    expect(toDotDecimal(field)).toBe(expected);
  });
});

describe("demo --input CSV import", () => {
  test("semicolon CSV with decimal commas", async () => {
    const input = inputFile(
      "kpi-ban-hang.csv",
      `${BOM}KPI;"Ghi chú; nội bộ";Thực tế;Mục tiêu\r\nDoanh thu;"a;b";1.234,5;1.500\r\nTỷ lệ giữ chân;;0,8;1\r\n`,
    );
    const { outcome, workbook } = await runAndReopen(input, "en");

    const sheet = workbook.getSheetByName("kpi-ban-hang");
    expect(sheet).not.toBeNull();
    const values = sheet!.getDataRange().getValues();
    expect(values[0]).toEqual(["KPI", "Ghi chú; nội bộ", "Thực tế", "Mục tiêu"]);
    expect(values[1]).toEqual(["Doanh thu", "a;b", 1234.5, 1500]);
    expect(values[2][2]).toBe(0.8);

    const revenue = outcome.result.kpis.find((kpi) => kpi.name === "Doanh thu");
    expect(revenue?.actual).toBe(1234.5);
    expect(revenue?.target).toBe(1500);
    expect(outcome.notices).toEqual([expect.stringContaining("separated by semicolons")]);
  });

  test("comma CSV keeps dot decimals", async () => {
    const input = inputFile("comma.csv", `${BOM}KPI,Actual,Target\n"Revenue, net",1.5,2\n`);
    const { outcome, workbook } = await runAndReopen(input, "vi");
    expect(workbook.getSheetByName("comma")!.getDataRange().getValues()[1]).toEqual(["Revenue, net", 1.5, 2]);
    expect(outcome.notices).toEqual([]);
  });

  test("UTF-16 tab-separated file", async () => {
    const text = "KPI\tThực tế\tMục tiêu\r\nDoanh thu\t90\t100\r\n";
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    const { outcome, workbook } = await runAndReopen(inputFile("unicode-text.csv", utf16), "vi");
    expect(workbook.getSheetByName("unicode-text")!.getDataRange().getValues()[1]).toEqual(["Doanh thu", 90, 100]);
    expect(outcome.result.kpis.map((kpi) => kpi.score)).toEqual([0.9]);
    expect(outcome.notices).toEqual([expect.stringContaining("ký tự tab phân cách các cột")]);
  });

  test("title line above semicolon header", async () => {
    const input = inputFile("title.csv", "Báo cáo KPI quý 2\nKPI;Thực tế;Mục tiêu\nDoanh thu;1.200;1.000\n");
    const { outcome } = await runAndReopen(input, "vi");
    const revenue = outcome.result.kpis.find((kpi) => kpi.name === "Doanh thu");
    expect(revenue?.actual).toBe(1200);
    expect(revenue?.target).toBe(1000);
  });
});

describe("demo --input tab names", () => {
  const rows = "KPI,Actual,Target\nRevenue,90,100\n";

  test.each([
    ["en", "Sheet1.csv", "Sheet1 (2)"],
    ["en", "sheet1.csv", "sheet1 (2)"],
    ["vi", "Trang tính1.csv", "Trang tính1 (2)"],
    ["vi", "BSC - Tổng hợp.csv", "BSC - Tổng hợp (2)"],
    ["en", "BSC - History.csv", "BSC - History (2)"],
  ] as const)("%s file %s becomes tab %s", async (language, name, expected) => {
    const { outcome, workbook } = await runAndReopen(inputFile(name, rows), language);
    const tabs = workbook.getSheets().map((sheet) => sheet.getName());

    expect(outcome.result.kpis.map((kpi) => kpi.tab)).toEqual([expected]);
    expect(tabs).toContain(expected);
    expect(tabs.filter((tab) => /^(Sheet1|Trang tính1)$/i.test(tab))).toEqual([]);
    expect(outcome.notices).toEqual([expect.stringContaining(`"${expected}"`)]);
  });

  test("summary keeps name beside clash", async () => {
    const { workbook } = await runAndReopen(inputFile("BSC - Tổng hợp.csv", rows), "vi");
    const first = workbook.getSheets()[0];
    expect(first.getName()).toBe("BSC - Tổng hợp");
    expect(workbook.getSheetByName("BSC - Tổng hợp (2)")!.getRange("A2").getValue()).toBe("Revenue");
  });

  test("long name cut between surrogates", async () => {
    const name = `A${"😀".repeat(60)}`;
    const outcome = await runDemo({ language: "en", input: inputFile(`${name}.csv`, rows), json: false });
    const tab = outcome.result.kpis[0].tab;

    expect(tab).toBe(`A${"😀".repeat(49)}`);
    expect(tab.length).toBeLessThanOrEqual(100);
    expect(outcome.notices).toEqual([expect.stringContaining("100-character limit")]);
  });

  test("long name cut before accent", async () => {
    const name = `${"x".repeat(99)}q\u0301 tail`;
    const outcome = await runDemo({ language: "vi", input: inputFile(`${name}.csv`, rows), json: false });
    expect(outcome.result.kpis[0].tab).toBe("x".repeat(99));
    expect(outcome.notices).toEqual([expect.stringContaining("giới hạn 100 ký tự")]);
  });

  test("decomposed letters composed to NFC", async () => {
    const outcome = await runDemo({ language: "vi", input: inputFile("Ba\u0301o ca\u0301o.csv", rows), json: false });
    expect(outcome.result.kpis[0].tab).toBe("Báo cáo");
  });

  test("control characters become spaces", async () => {
    const outcome = await runDemo({ language: "en", input: inputFile("KPI\nQ2\tdraft.csv", rows), json: false });
    expect(outcome.result.kpis[0].tab).toBe("KPI Q2 draft");
  });

  test("characters Sheets accepts kept", async () => {
    const outcome = await runDemo({ language: "en", input: inputFile("[Q2] KPI: 'A'*?.csv", rows), json: false });
    expect(outcome.result.kpis[0].tab).toBe("[Q2] KPI: 'A'*?");
  });

  test("blank base keeps whole name", async () => {
    const outcome = await runDemo({ language: "en", input: inputFile("   .csv", rows), json: false });
    expect(outcome.result.kpis[0].tab).toBe(".csv");
    expect(outcome.notices).toEqual([expect.stringContaining('imported as tab ".csv"')]);
  });

  test("cutToLength on short text", () => {
    expect(cutToLength("Tổng hợp", 100)).toBe("Tổng hợp");
    expect(cutToLength("ab cd", 3)).toBe("ab");
  });
});

describe("demo --input errors", () => {
  test.each([
    ["en", /^--input file not found: .*missing\.csv\. Check the file name and the folder\. npm run demo reads relative paths from /],
    ["vi", /^Không tìm thấy tệp --input: .*missing\.csv\. Hãy kiểm tra tên tệp và thư mục\./],
  ] as const)("missing file in %s", async (language, message) => {
    const input = path.join(temporaryFolder(), "missing.csv");
    const error = await demoError({ language, input, json: false });
    expect(error).toBeInstanceOf(DemoInputError);
    expect(error.message).toMatch(message);
  });

  test.each([
    ["zero bytes", ""],
    ["byte-order mark and blank lines", `${BOM}\r\n  \r\n`],
    ["delimiters only", ";;;\n;;\n"],
  ])("empty CSV: %s", async (_, content) => {
    const input = inputFile("empty.csv", content);
    const en = await demoError({ language: "en", input, json: false });
    const vi = await demoError({ language: "vi", input, json: false });
    expect(en.message).toBe(`--input file "${input}" is empty. Export the KPI table again, with a header row such as KPI, Actual, Target.`);
    expect(vi.message).toBe(`Tệp --input "${input}" trống. Hãy xuất lại bảng KPI, có dòng tiêu đề như KPI, Thực tế, Mục tiêu.`);
  });

  test("empty .xlsx file", async () => {
    const error = await demoError({ language: "vi", input: inputFile("empty.xlsx", ""), json: false });
    expect(error.message).toMatch(/^Tệp --input ".*empty\.xlsx" trống\./);
  });

  test("folder named like a CSV", async () => {
    const input = path.join(temporaryFolder(), "folder.csv");
    mkdirSync(input);
    const error = await demoError({ language: "en", input, json: false });
    expect(error.message).toBe(`--input "${input}" is a folder. Pass the path of a .csv or .xlsx file inside it.`);
  });

  test.each([
    ["en", "notes.txt", '--input must be an .xlsx or .csv file, not "notes.txt".'],
    ["vi", "notes.txt", '--input phải là tệp .xlsx hoặc .csv, không phải "notes.txt".'],
    ["en", "report.xls", '--input must be an .xlsx or .csv file, not "report.xls".'],
  ] as const)("unknown extension in %s: %s", async (language, input, start) => {
    const error = await demoError({ language, input, json: false });
    expect(error).toBeInstanceOf(DemoInputError);
    expect(error.message.startsWith(start)).toBe(true);
  });

  test("workbook saved as .csv", async () => {
    const input = inputFile("workbook.csv", Buffer.concat([Buffer.from("PK\x03\x04"), Buffer.alloc(20)]));
    const error = await demoError({ language: "en", input, json: false });
    expect(error.message).toMatch(/is not a CSV text file, because it contains binary data\. If it is an Excel workbook, rename it to \.xlsx/);
  });

  test("CSV with a NUL byte", async () => {
    const error = await demoError({ language: "vi", input: inputFile("nul.csv", "KPI,Actual\u0000\n"), json: false });
    expect(error.message).toMatch(/không phải tệp văn bản CSV vì có chứa dữ liệu nhị phân/);
  });

  test("CSV that is not UTF-8", async () => {
    const input = inputFile("latin1.csv", Buffer.from("KPI,Th\xf1c t\xea\n", "latin1"));
    const en = await demoError({ language: "en", input, json: false });
    const vi = await demoError({ language: "vi", input, json: false });
    expect(en.message).toMatch(/is not UTF-8 text\. Save it again as "CSV UTF-8" in Excel/);
    expect(vi.message).toMatch(/không phải văn bản UTF-8\. Hãy lưu lại bằng "CSV UTF-8" trong Excel/);
  });

  test("text file saved as .xlsx", async () => {
    const error = await demoError({ language: "en", input: inputFile("table.xlsx", "KPI,Actual,Target\n"), json: false });
    expect(error.message).toMatch(/"[^"]*table\.xlsx" is not an \.xlsx workbook\. Open it in Excel or Sheets and save it as \.xlsx/);
  });

  test("damaged .xlsx", async () => {
    const error = await demoError({ language: "vi", input: inputFile("damaged.xlsx", "PK\x03\x04 damaged"), json: false });
    expect(error.message).toMatch(/^Không đọc được tệp --input ".*damaged\.xlsx" như một bảng tính \.xlsx: .+\. Hãy mở tệp/);
  });
});

describe("demo command line with bad input", () => {
  test.each([
    ["missing file", ["--input", "no-such-folder/kpi.csv", "--language", "en"], /^--input file not found: /],
    ["empty file", ["--input", inputFile("empty.csv", ""), "--language", "vi"], /^Tệp --input ".*empty\.csv" trống\./],
    ["not CSV or .xlsx", ["--input", "notes.txt"], /^--input phải là tệp \.xlsx hoặc \.csv, không phải "notes\.txt"\./],
    ["unknown language", ["--language", "fr"], /^--language must be vi or en, not "fr"\..*\n--language phải là vi hoặc en/],
  ])("%s exits 1 with message only", (_, args, message) => {
    const run = runCli(args);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });

  test("--json valid beside notices", () => {
    const input = inputFile("Sheet1.csv", "KPI;Actual;Target\nRevenue;1.234,5;1.500\n");
    const run = runCli(["--input", input, "--json", "--language", "en"]);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).kpis[0]).toMatchObject({ tab: "Sheet1 (2)", actual: 1234.5, target: 1500 });
    expect(run.stderr).toMatch(/separated by semicolons/);
    expect(run.stderr).toMatch(/so "Sheet1\.csv" is imported as tab "Sheet1 \(2\)"/);
  });
});
