import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { createEmulator } from "../../emulator";

const SCRIPT = `
function drawScores() {
  var sheet = SpreadsheetApp.getActive().getSheetByName("Scores");
  var chart = sheet.newChart()
    .asBarChart()
    .setTitle("Perspective scores")
    .setXAxisTitle("Score")
    .setLegendPosition(Charts.Position.NONE)
    .addRange(sheet.getRange("A1:B5"))
    .setNumHeaders(1)
    .setPosition(2, 4, 10, 20)
    .setOption("colors", ["#1a73e8"])
    .build();
  sheet.insertChart(chart);
  return chart.getChartId();
}
function drawTrend() {
  var sheet = SpreadsheetApp.getActive().getSheetByName("Scores");
  var builder = sheet.newChart()
    .setChartType(Charts.ChartType.LINE)
    .addRange(sheet.getRange("D1:E13"))
    .setTransposeRowsAndColumns(true)
    .setPosition(20, 1, 0, 0);
  var chart = builder.asLineChart().setCurveStyle(Charts.CurveStyle.SMOOTH).setYAxisTitle("Revenue").build();
  sheet.insertChart(chart);
  return chart.getChartId();
}
function moveFirstChart(row, column) {
  var sheet = SpreadsheetApp.getActive().getSheetByName("Scores");
  var chart = sheet.getCharts()[0].modify().setPosition(row, column, 0, 0).setOption("title", "Updated").build();
  sheet.updateChart(chart);
  return chart.getChartId();
}
function typeOfFirstChart() {
  var builder = SpreadsheetApp.getActive().getSheetByName("Scores").getCharts()[0].modify();
  return [String(builder.getChartType()), builder.getChartType() === Charts.ChartType.BAR];
}
function insertTwice() {
  var sheet = SpreadsheetApp.getActive().getSheetByName("Scores");
  var chart = sheet.newChart().asColumnChart().addRange(sheet.getRange("A1:B5")).setPosition(1, 1, 0, 0).build();
  sheet.insertChart(chart);
  sheet.insertChart(chart);
}
function insertAndRemove() {
  var sheet = SpreadsheetApp.getActive().getSheetByName("Scores");
  var chart = sheet.newChart().asPieChart().set3D().addRange(sheet.getRange("A1:B5")).setPosition(1, 1, 0, 0).build();
  sheet.insertChart(chart);
  sheet.removeChart(chart);
  return sheet.getCharts().length;
}
function titleOnPlainBuilder() { SpreadsheetApp.getActive().getSheetByName("Scores").newChart().setTitle("x"); }
function pagingOnTableChart() { SpreadsheetApp.getActive().getSheetByName("Scores").newChart().asTableChart().enablePaging(true); }
function blobOfChart() { return SpreadsheetApp.getActive().getSheetByName("Scores").getCharts()[0].getBlob(); }
function standaloneChart() { return Charts.newBarChart(); }
function buildWithoutType() { SpreadsheetApp.getActive().getSheetByName("Scores").newChart().setPosition(1, 1, 0, 0).build(); }
function chartTypeAsText() { SpreadsheetApp.getActive().getSheetByName("Scores").newChart().setChartType("BAR"); }
function chartTypeFromSpreadsheetApp() { return SpreadsheetApp.ChartType.BAR; }
function chartCount() { return SpreadsheetApp.getActive().getSheetByName("Scores").getCharts().length; }
`;

function spreadsheetWithScores() {
  const emu = createEmulator({ spreadsheetLocale: "en_US" });
  const sheet = emu.spreadsheet.insertSheet("Scores");
  sheet.getRange("A1:B5").setValues([["Perspective", "Score"], ["Financial", 80], ["Customer", 72], ["Process", 65], ["Learning", 90]]);
  emu.setScript(SCRIPT);
  return { emu, ss: emu.spreadsheet, sheet };
}

describe("inserting charts", () => {
  test("a bar chart keeps its ranges, position and options", () => {
    const { emu, sheet } = spreadsheetWithScores();
    const id = emu.run("drawScores");
    const [chart] = sheet.getCharts();
    expect(chart.getChartId()).toBe(id);
    expect(chart.getRanges().map((range) => range.getA1Notation())).toEqual(["A1:B5"]);
    const container = chart.getContainerInfo();
    expect([container.getAnchorRow(), container.getAnchorColumn(), container.getOffsetX(), container.getOffsetY()]).toEqual([2, 4, 10, 20]);
    expect(chart.getNumHeaders()).toBe(1);
    expect(chart.getTransposeRowsAndColumns()).toBe(false);
  });

  test("typed setters store Google Charts options", () => {
    const { emu, sheet } = spreadsheetWithScores();
    emu.run("drawScores");
    const options = sheet.getCharts()[0].getOptions();
    expect(options.get("title")).toBe("Perspective scores");
    expect(options.get("hAxis.title")).toBe("Score");
    expect(options.get("legend.position")).toBe("none");
    expect(options.get("colors")).toEqual(["#1a73e8"]);
    expect(options.get("vAxis.title")).toBeNull();
  });

  test("asBarChart sets the chart type", () => {
    const { emu } = spreadsheetWithScores();
    emu.run("drawScores");
    expect(emu.run("typeOfFirstChart")).toEqual(["BAR", true]);
  });

  test("a line chart from setChartType keeps the typed builder's settings", () => {
    const { emu, sheet } = spreadsheetWithScores();
    emu.run("drawTrend");
    const [chart] = sheet.getCharts();
    expect(String(chart.modify().getChartType())).toBe("LINE");
    expect(chart.getTransposeRowsAndColumns()).toBe(true);
    expect(chart.getOptions().get("curveType")).toBe("function");
    expect(chart.getOptions().get("vAxis.title")).toBe("Revenue");
    expect(chart.getRanges()[0].getA1Notation()).toBe("D1:E13");
  });

  test("strategies default to the documented values", () => {
    const { emu, sheet } = spreadsheetWithScores();
    emu.run("drawScores");
    const [chart] = sheet.getCharts();
    expect(String(chart.getHiddenDimensionStrategy())).toBe("IGNORE_BOTH");
    expect(String(chart.getMergeStrategy())).toBe("MERGE_COLUMNS");
  });

  test("getChartId is null before insertChart", () => {
    const { emu, sheet } = spreadsheetWithScores();
    const chart = sheet.newChart().setChartType(emu.charts.ChartType.COLUMN).addRange(sheet.getRange("A1:B5")).build();
    expect(chart.getChartId()).toBeNull();
    sheet.insertChart(chart);
    expect(chart.getChartId()).toBe(sheet.getCharts()[0].getChartId());
  });

  test("chart ids are unique across sheets", () => {
    const { emu, ss, sheet } = spreadsheetWithScores();
    const other = ss.insertSheet("Other");
    const build = () => sheet.newChart().setChartType(emu.charts.ChartType.PIE).addRange(sheet.getRange("A1:B5")).build();
    sheet.insertChart(build());
    other.insertChart(build());
    expect(sheet.getCharts()[0].getChartId()).not.toBe(other.getCharts()[0].getChartId());
  });

  test("inserting the same chart twice is not emulated", () => {
    const { emu } = spreadsheetWithScores();
    expect(() => emu.run("insertTwice")).toThrow("Not emulated: Sheet.insertChart of a chart that is already inserted");
  });

  test("an anchor outside the sheet throws", () => {
    const { emu, sheet } = spreadsheetWithScores();
    const chart = sheet.newChart().setChartType(emu.charts.ChartType.BAR).setPosition(1001, 1, 0, 0).build();
    expect(() => sheet.insertChart(chart)).toThrow('is outside the sheet "Scores"');
  });

  test("setPosition rejects row 0", () => {
    const { sheet } = spreadsheetWithScores();
    expect(() => sheet.newChart().setPosition(0, 1, 0, 0)).toThrow("The chart's anchor cell must be at row 1 and column 1 or beyond");
  });
});

describe("changing and removing charts", () => {
  test("modify and updateChart replace the stored chart", () => {
    const { emu, sheet } = spreadsheetWithScores();
    const id = emu.run("drawScores");
    expect(emu.run("moveFirstChart", [5, 6])).toBe(id);
    const charts = sheet.getCharts();
    expect(charts).toHaveLength(1);
    expect(charts[0].getChartId()).toBe(id);
    expect(charts[0].getContainerInfo().getAnchorRow()).toBe(5);
    expect(charts[0].getContainerInfo().getAnchorColumn()).toBe(6);
    expect(charts[0].getOptions().get("title")).toBe("Updated");
    expect(charts[0].getOptions().get("hAxis.title")).toBe("Score");
  });

  test("a modified chart changes nothing until updateChart", () => {
    const { emu, sheet } = spreadsheetWithScores();
    emu.run("drawScores");
    sheet.getCharts()[0].modify().setOption("title", "Draft").build();
    expect(sheet.getCharts()[0].getOptions().get("title")).toBe("Perspective scores");
  });

  test("removeChart removes only that chart", () => {
    const { emu, sheet } = spreadsheetWithScores();
    emu.run("drawScores");
    const trendId = emu.run("drawTrend");
    sheet.removeChart(sheet.getCharts()[0]);
    expect(sheet.getCharts().map((chart) => chart.getChartId())).toEqual([trendId]);
  });

  test("the inserted chart object can be removed", () => {
    const { emu } = spreadsheetWithScores();
    expect(emu.run("insertAndRemove")).toBe(0);
  });

  test("updateChart of a chart that was never inserted throws", () => {
    const { emu, sheet } = spreadsheetWithScores();
    const chart = sheet.newChart().setChartType(emu.charts.ChartType.BAR).build();
    expect(() => sheet.updateChart(chart)).toThrow('Sheet.updateChart failed: the chart is not on the sheet "Scores".');
  });

  test("removeRange and clearRanges change the builder's ranges", () => {
    const { emu, sheet } = spreadsheetWithScores();
    const builder = sheet.newChart().setChartType(emu.charts.ChartType.BAR).addRange(sheet.getRange("A1:A5")).addRange(sheet.getRange("B1:B5"));
    builder.removeRange(sheet.getRange("A1:A5"));
    expect(builder.getRanges().map((range) => range.getA1Notation())).toEqual(["B1:B5"]);
    builder.clearRanges();
    expect(builder.getRanges()).toEqual([]);
  });
});

describe("charts and their sheet", () => {
  test("deleting a sheet removes its charts", () => {
    const { emu, ss, sheet } = spreadsheetWithScores();
    emu.run("drawScores");
    const staleChart = sheet.getCharts()[0];
    ss.deleteSheet(sheet);
    const again = ss.insertSheet("Scores");
    expect(again.getCharts()).toEqual([]);
    expect(emu.run("chartCount")).toBe(0);
    expect(() => again.updateChart(staleChart)).toThrow("the chart is not on the sheet");
  });

  test("a chart whose source sheet was deleted cannot list its ranges", () => {
    const { emu, ss } = spreadsheetWithScores();
    const source = ss.insertSheet("Source");
    const host = ss.getSheetByName("Scores")!;
    host.insertChart(host.newChart().setChartType(emu.charts.ChartType.LINE).addRange(source.getRange("A1:B3")).build());
    ss.deleteSheet(source);
    expect(() => host.getCharts()[0].getRanges()).toThrow("Not emulated: EmbeddedChart.getRanges of a chart whose source sheet was deleted");
  });

  test("the xlsx export leaves charts out and keeps the data", async () => {
    const { emu } = spreadsheetWithScores();
    emu.run("drawScores");
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "emulator-charts-"));
    const file = path.join(dir, "charts.xlsx");
    const copy = createEmulator({ spreadsheetLocale: "en_US" });
    try {
      await emu.exportXlsx(file);
      await copy.importXlsx(file);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    const imported = copy.spreadsheet.getSheetByName("Scores")!;
    expect(imported.getCharts()).toEqual([]);
    expect(imported.getRange("B2").getValue()).toBe(80);
  });
});

describe("chart calls", () => {
  test("every builder and sheet call is counted", () => {
    const { emu } = spreadsheetWithScores();
    emu.run("drawScores");
    expect(emu.calls).toMatchObject({
      "Sheet.newChart": 1,
      "EmbeddedChartBuilder.asBarChart": 1,
      "EmbeddedBarChartBuilder.setTitle": 1,
      "EmbeddedBarChartBuilder.setXAxisTitle": 1,
      "EmbeddedBarChartBuilder.setLegendPosition": 1,
      "EmbeddedBarChartBuilder.addRange": 1,
      "EmbeddedChartBuilder.setNumHeaders": 1,
      "EmbeddedChartBuilder.setPosition": 1,
      "EmbeddedChartBuilder.setOption": 1,
      "EmbeddedChartBuilder.build": 1,
      "Sheet.insertChart": 1,
      "EmbeddedChart.getChartId": 1,
    });
  });

  test("reading charts is counted", () => {
    const { emu } = spreadsheetWithScores();
    emu.run("drawScores");
    emu.resetCalls();
    emu.run("typeOfFirstChart");
    expect(emu.calls["Sheet.getCharts"]).toBe(1);
    expect(emu.calls["EmbeddedChart.modify"]).toBe(1);
    expect(emu.calls["EmbeddedChartBuilder.getChartType"]).toBe(2);
  });

  test("custom functions cannot insert charts", () => {
    const { emu } = spreadsheetWithScores();
    expect(() => emu.run("drawScores", [], { authMode: "CUSTOM_FUNCTION" })).toThrow("You do not have permission to call Sheet.newChart");
  });
});

describe("chart features that are not emulated", () => {
  test.each([
    ["titleOnPlainBuilder", "Not emulated: EmbeddedChartBuilder.setTitle"],
    ["pagingOnTableChart", "Not emulated: EmbeddedTableChartBuilder.enablePaging"],
    ["standaloneChart", "Not emulated: Charts.newBarChart"],
    ["buildWithoutType", "Not emulated: EmbeddedChartBuilder.build without a chart type"],
    ["chartTypeFromSpreadsheetApp", "Not emulated: SpreadsheetApp.ChartType"],
  ])("%s throws", (name, message) => {
    const { emu } = spreadsheetWithScores();
    expect(() => emu.run(name)).toThrow(message);
  });

  test("getBlob throws", () => {
    const { emu } = spreadsheetWithScores();
    emu.run("drawScores");
    expect(() => emu.run("blobOfChart")).toThrow("Not emulated: EmbeddedChart.getBlob");
  });

  test("defaults Sheets picks for itself throw", () => {
    const { emu, sheet } = spreadsheetWithScores();
    const chart = sheet.newChart().setChartType(emu.charts.ChartType.BAR).build();
    expect(() => chart.getContainerInfo()).toThrow("Not emulated: EmbeddedChart.getContainerInfo position of a chart built without setPosition");
    expect(() => chart.getNumHeaders()).toThrow("Not emulated: EmbeddedChart.getNumHeaders of a chart without setNumHeaders");
    // @types/google-apps-script 2.0 lacks ChartOptions.getOrDefault, which Apps Script's reference lists.
    const options = chart.getOptions() as GoogleAppsScript.Charts.ChartOptions & { getOrDefault(option: string): unknown };
    expect(() => options.getOrDefault("title")).toThrow("Not emulated: ChartOptions.getOrDefault of an option that is not set (title)");
  });

  test("setChartType rejects a type name given as text", () => {
    const { emu } = spreadsheetWithScores();
    expect(() => emu.run("chartTypeAsText")).toThrow("don't match the method signature for SpreadsheetApp.EmbeddedChartBuilder.setChartType");
  });

  test("Charts lists every chart type Apps Script documents", () => {
    const { emu } = spreadsheetWithScores();
    const types = emu.charts.ChartType;
    for (const name of ["BAR", "COLUMN", "LINE", "PIE", "AREA", "COMBO", "SCATTER", "TABLE"] as const) {
      expect(String(types[name])).toBe(name);
    }
  });
});
