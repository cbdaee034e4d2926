import type { ReportingResponse } from "../../src/core/bridge/contract";
import { addUserTab, generate, loadAddon, snapshot } from "./addon";

const move = (emulator: ReturnType<typeof loadAddon>, request: unknown) => emulator.run("setReportingPeriod", [request]) as ReportingResponse;

describe("moving the reporting period", () => {
  const emulator = loadAddon({ language: "vi" });
  const [marketing] = generate(emulator, { groups: [{ kind: "department", key: "marketing" }], layout: "full", periods: { kind: "month", year: 2026, reporting: 3 } });
  const [sales] = generate(emulator, { language: "en", groups: [{ kind: "department", key: "sales" }], layout: "full", periods: { kind: "month", year: 2026, reporting: 3 } });
  const [quarterly] = generate(emulator, { groups: [{ kind: "department", key: "hr" }], layout: "full", periods: { kind: "quarter", year: 2026, reporting: 1 } });
  const [basic] = generate(emulator, { groups: [{ kind: "stage", key: "retention" }], layout: "basic" });
  const own = addUserTab(emulator, "Ghi chú", [["Kỳ báo cáo", "T3/2026"]]);
  const untouched = [snapshot(quarterly), snapshot(basic), snapshot(own)];
  const response = move(emulator, { kind: "month", year: 2026, reporting: 7 });

  test("rewrites the reporting cell of every tab tracking those months, in its own language", () => {
    expect(response.updated).toEqual(["KPI - Marketing", "KPI - Sales"]);
    expect(marketing.getRange("B5").getValue()).toBe("T7/2026");
    expect(sales.getRange("B5").getValue()).toBe("Jul 2026");
    expect(marketing.getRange("D5").getValue()).toBe(7);
  });

  test("says what it did in the request's language", () => {
    expect(response.message).toBe("Đã chuyển kỳ báo cáo sang T7/2026 ở: KPI - Marketing, KPI - Sales.");
  });

  test("leaves other tabs alone", () => {
    expect([snapshot(quarterly), snapshot(basic), snapshot(own)]).toEqual(untouched);
  });

  test("rejects an invalid request in the language it asked for", () => {
    expect(() => move(emulator, { language: "en", kind: "month", year: 2026, reporting: 13 })).toThrow(/^The request is invalid \(reporting\)\./);
  });

  test("reports when no tab has those periods", () => {
    expect(move(emulator, { language: "en", kind: "week", year: 2026, reporting: 2 })).toEqual({
      updated: [],
      message: "No KPI tab has these period columns yet. Generate a full-layout tab first.",
    });
  });

  test.each([
    [{ kind: "month", year: 2026, reporting: 54 }, /reporting/],
    [{ kind: "day", year: 2026, reporting: 1 }, /kind/],
    [{ kind: "month", year: 1999, reporting: 1 }, /year/],
    [{ kind: "month", year: 2026, reporting: 13 }, /\(reporting\)/],
    [{ kind: "quarter", year: 2026, reporting: 5 }, /\(reporting\)/],
    [{ kind: "week", year: 2025, reporting: 53 }, /\(reporting\)/],
  ])("rejects %j with a message", (request, message) => {
    expect(() => move(emulator, request)).toThrow(message);
    expect(() => move(emulator, request)).toThrow(/^Yêu cầu không hợp lệ \([a-z, ]+\)\./);
    expect(marketing.getRange("B5").getValue()).toBe("T7/2026");
  });
});
