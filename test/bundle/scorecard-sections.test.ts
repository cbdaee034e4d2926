import type { ScorecardResult } from "../../src/core/scorecard/result";
import { addUserTab, loadAddon, type Sheet } from "./addon";

type Emulator = ReturnType<typeof loadAddon>;

const build = (emulator: Emulator) => emulator.run("buildScorecard", []);
const summaryValues = (emulator: Emulator) => emulator.spreadsheet.getSheets()[0].getDataRange().getValues();
const result = (emulator: Emulator) => emulator.run("getScorecardResult", []) as ScorecardResult;

function section(values: unknown[][], title: string): unknown[][] {
  const start = values.findIndex((row) => row[0] === title);
  if (start < 0) throw new Error(`No section "${title}"`);
  const end = values.findIndex((row, index) => index > start && row.every((cell) => cell === ""));
  return values.slice(start + 1, end < 0 ? undefined : end);
}

function dayOffset(days: number): Date {
  const date = new Date();
  date.setUTCHours(0, 0, 0, 0);
  date.setUTCDate(date.getUTCDate() + days);
  return date;
}

describe("the strategy map", () => {
  const emulator = loadAddon({ language: "vi" });
  addUserTab(emulator, "Chiến lược", [
    ["KPI", "Khía cạnh", "Mục tiêu chiến lược", "Thực tế", "Mục tiêu", "Trọng số"],
    ["Doanh thu", "Tài chính", "Hòa vốn dòng tiền", 80, 100, 2],
    ["Biên lợi nhuận", "Tài chính", "Hòa vốn dòng tiền", 100, 100, 1],
    ["CSAT", "Khách hàng", "Khách hàng gắn bó", 95, 100, 1],
    ["Tỷ lệ rời bỏ", "Khách hàng", "Khách hàng gắn bó", 0.05, 0.03, 1],
    ["NPS", "Khách hàng", "", 40, 50, 1],
  ]);
  build(emulator);
  const rows = section(summaryValues(emulator), "Bản đồ chiến lược");

  test("shows the four perspectives as bands, top down", () => {
    expect(rows.map((row) => row[0]).filter(Boolean)).toEqual(["Tài chính", "Khách hàng", "Quy trình nội bộ", "Học hỏi và phát triển"]);
  });

  test("scores each objective from its KPIs' weighted scores", () => {
    expect(rows[0].slice(1, 5)).toEqual([(2 * 0.8 + 1) / 3, "Cần cải thiện", "Hòa vốn dòng tiền", 2]);
  });

  test("gathers KPIs without an objective under one cell", () => {
    const customer = rows.filter((row, index) => index >= 1 && index <= 2);
    expect(customer.map((row) => row[3])).toEqual(["Khách hàng gắn bó", "(chưa ghi mục tiêu chiến lược)"]);
  });

  test("colours each objective by its status", () => {
    const summary = emulator.spreadsheet.getSheets()[0];
    const row = summaryValues(emulator).findIndex((line) => line[3] === "Hòa vốn dòng tiền") + 1;
    expect(summary.getRange(row, 4).getBackground()).toBe("#fff2cc");
  });
});

describe("the attention list", () => {
  const emulator = loadAddon({ language: "vi" });
  addUserTab(emulator, "Theo dõi", [
    ["Mã KPI", "KPI", "Khía cạnh", "Đơn vị", "Thực tế", "Mục tiêu", "Định mức tối thiểu", "Trọng số", "Tần suất cập nhật", "Cập nhật lần cuối", "Ngày hết hạn", "Loại chỉ số"],
    ["A-1", "Doanh thu", "Tài chính", "VNĐ", 50, 100, 80, 1, "Hằng tháng", dayOffset(-5), "", "Kết quả"],
    ["A-2", "Tỷ lệ hài lòng", "Khách hàng", "%", 95, 0.95, "", 1, "Hằng tuần", dayOffset(-30), "", "Dẫn dắt"],
    ["A-2", "Chi phí", "Tài chính", "VNĐ", 10, "", "", "", "", "", dayOffset(-1), "Dẫn dắt"],
    ["A-4", "Đào tạo", "Học hỏi và phát triển", "Giờ", 10, 10, 10, -1, "", "", "", ""],
  ]);
  build(emulator);
  const json = result(emulator);
  const kinds = (kpi: string) => json.attention.filter((item) => item.kpi === kpi).map((item) => item.kind);

  test("flags a failing KPI", () => {
    expect(kinds("Doanh thu")).toContain("failing");
  });

  test("flags an update overdue for its frequency", () => {
    expect(kinds("Tỷ lệ hài lòng")).toContain("overdue");
    expect(kinds("Doanh thu")).not.toContain("overdue");
  });

  test("flags an expired KPI, a missing target and a missing weight", () => {
    expect(kinds("Chi phí")).toEqual(expect.arrayContaining(["expired", "missing_target", "missing_weight"]));
  });

  test("flags 95 typed against a target of 95%", () => {
    const slip = json.attention.find((item) => item.kind === "percent_scale");
    expect(slip?.kpi).toBe("Tỷ lệ hài lòng");
    expect(slip?.message).toContain("95");
  });

  test("flags duplicate ids on every row that shares them", () => {
    expect(json.attention.filter((item) => item.kind === "duplicate_id").map((item) => item.row)).toEqual([3, 4]);
  });

  test("flags a negative weight and a KPI that cannot be scored", () => {
    expect(kinds("Đào tạo")).toEqual(expect.arrayContaining(["negative_weight", "unscorable"]));
    const unscorable = json.attention.find((item) => item.kind === "unscorable");
    expect(unscorable?.message).toMatch(/bằng mục tiêu/);
  });

  test("flags perspectives without KPIs or without a leading indicator", () => {
    const groups = json.attention.filter((item) => item.kpi === null).map((item) => [item.kind, item.group]);
    expect(groups).toEqual([
      ["empty_perspective", "internal"],
      ["no_leading", "learning"],
    ]);
  });

  test("lists the most urgent first and shows on the summary tab", () => {
    expect(json.attention[0].kind).toBe("failing");
    const rows = section(summaryValues(emulator), "Những điểm cần chú ý");
    expect(rows[0]).toEqual(["Vấn đề", "Tab", "Hàng", "KPI", "Chi tiết", "", "", "", "", "", "", ""]);
    expect(rows[1].slice(0, 4)).toEqual(["Không đạt", "Theo dõi", 2, "Doanh thu"]);
    expect(rows.length - 1).toBe(json.attention.length);
  });
});

describe("the perspective chart", () => {
  test("is a bar chart of the perspective scores beside them", () => {
    const emulator = loadAddon({ language: "vi" });
    build(emulator);
    const charts = emulator.spreadsheet.getSheets()[0].getCharts();
    expect(charts).toHaveLength(1);
    expect(charts[0].getRanges()[0].getA1Notation()).toBe("A6:B9");
    expect(charts[0].getContainerInfo().getAnchorColumn()).toBe(10);
  });
});

describe("the history tab", () => {
  const emulator = loadAddon({ language: "vi" });
  const tab = addUserTab(emulator, "Số liệu", [
    ["KPI", "Khía cạnh", "Thực tế", "Mục tiêu"],
    ["Doanh thu", "Tài chính", 50, 100],
  ]);
  build(emulator);
  tab.getRange("C2").setValue(80);
  build(emulator);
  const history = emulator.spreadsheet.getSheetByName("BSC - Lịch sử") as Sheet;

  test("gets one row per build", () => {
    const values = history.getDataRange().getValues();
    expect(values[0]).toEqual(["Thời điểm", "Tổng thể", "Tài chính", "Khách hàng", "Quy trình nội bộ", "Học hỏi và phát triển", "Chưa phân loại"]);
    expect(values.slice(1).map((row) => row.slice(1, 3))).toEqual([
      [0.5, 0.5],
      [0.8, 0.8],
    ]);
    expect(values[1][0]).toBeInstanceOf(Date);
  });

  test("draws one trend chart over every row", () => {
    const charts = history.getCharts();
    expect(charts).toHaveLength(1);
    expect(charts[0].getRanges()[0].getA1Notation()).toBe("A1:G3");
  });

  test("is not read as a KPI tab", () => {
    expect(result(emulator).skipped.map((skipped) => skipped.tab)).toEqual(["Trang tính1"]);
  });

  test("grows past the sheet's last row", () => {
    const other = loadAddon({ language: "vi" });
    build(other);
    const tab = other.spreadsheet.getSheetByName("BSC - Lịch sử") as Sheet;
    tab.getRange(tab.getMaxRows(), 1).setValue("ghi chú cuối");
    build(other);
    expect(other.ui.toasts.at(-1)?.message).not.toMatch(/lịch sử/);
    expect(tab.getLastRow()).toBe(1001);
    expect(tab.getRange(1001, 2).getValue()).toBe("");
    expect(tab.getRange(1001, 1).getValue()).toBeInstanceOf(Date);
  });

  test("keeps rows users added and is never a second tab", () => {
    history.getRange("A5").setValue("ghi chú");
    build(emulator);
    expect(emulator.spreadsheet.getSheets().filter((sheet) => sheet.getName().startsWith("BSC - Lịch sử"))).toHaveLength(1);
    expect(history.getRange("A5").getValue()).toBe("ghi chú");
    expect(history.getLastRow()).toBe(6);
  });
});
