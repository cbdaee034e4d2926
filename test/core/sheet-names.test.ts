import { freeSheetName, freeSheetNames, MAX_SHEET_NAME } from "../../src/core/plan/sheet-names";

describe("freeSheetName", () => {
  test("keeps a free name", () => {
    expect(freeSheetName(["Sheet1"], "KPI - Marketing")).toBe("KPI - Marketing");
  });
  test("adds a suffix when the name is taken in another case", () => {
    expect(freeSheetName(["kpi - marketing"], "KPI - Marketing")).toBe("KPI - Marketing (2)");
  });
  test("takes the next free suffix", () => {
    expect(freeSheetName(["KPI - Marketing", "KPI - MARKETING (2)"], "KPI - Marketing")).toBe("KPI - Marketing (3)");
  });
  test("cuts long names to fit, suffix included", () => {
    const long = "x".repeat(150);
    expect(freeSheetName([], long)).toHaveLength(MAX_SHEET_NAME);
    const second = freeSheetName([long.slice(0, MAX_SHEET_NAME)], long);
    expect(second).toHaveLength(MAX_SHEET_NAME);
    expect(second.endsWith(" (2)")).toBe(true);
  });
  test("never splits an emoji when cutting", () => {
    const name = `${"x".repeat(95)}😀😀😀`;
    expect(freeSheetName([], name)).toBe(`${"x".repeat(95)}😀😀`);
    expect(freeSheetName([`${"x".repeat(95)}😀😀`], name)).toBe(`${"x".repeat(95)} (2)`);
    expect(freeSheetName([], `${"x".repeat(99)}😀`)).toBe("x".repeat(99));
  });
  test("names several new tabs so they avoid each other too", () => {
    expect(freeSheetNames(["KPI - Sales"], ["KPI - Sales", "KPI - Sales"])).toEqual(["KPI - Sales (2)", "KPI - Sales (3)"]);
  });
});
