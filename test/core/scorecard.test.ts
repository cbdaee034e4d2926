import { computeScorecard, type TabValues } from "../../src/core/scorecard/result";

const dot = () => "." as const;
const NOW = new Date("2026-07-20T03:00:00Z");
const options = (language: "vi" | "en", decimalSeparator: () => "." | "," = dot) => ({ language, decimalSeparator, timeZone: "Asia/Ho_Chi_Minh", now: NOW });
const scorecard = (tabs: TabValues[], language: "vi" | "en" = "vi") => computeScorecard(tabs, options(language)).result;
const group = (result: ReturnType<typeof scorecard>, key: string) => result.groups.find((g) => g.key === key)!;

describe("reading KPI tables", () => {
  test("finds a plain KPI | Actual | Target table", () => {
    const result = scorecard([{ name: "Mini", values: [["KPI", "Actual", "Target"], ["Revenue", 120, 100]] }]);
    expect(result.kpis).toHaveLength(1);
    expect(result.kpis[0]).toMatchObject({ tab: "Mini", row: 2, name: "Revenue", actual: 120, target: 100, score: 1, status: "on_target" });
  });
  test("finds the header row below a title block, columns in any order", () => {
    const values = [
      ["Báo cáo KPI quý 3", "", ""],
      ["", "", ""],
      ["Mục tiêu", "Tên KPI", "Thực tế"],
      [100, "Doanh thu", 80],
    ];
    const result = scorecard([{ name: "Q3", values }]);
    expect(result.kpis[0]).toMatchObject({ row: 4, name: "Doanh thu", actual: 80, target: 100, score: 0.8 });
  });
  test("recognises headers with a unit in brackets", () => {
    const result = scorecard([{ name: "T", values: [["Chỉ số", "Kết quả thực tế (%)", "Kế hoạch (%)"], ["Tỷ lệ", 0.5, 1]] }]);
    expect(result.kpis[0].score).toBe(0.5);
  });
  test("text actuals in either number form are read", () => {
    const result = computeScorecard([{ name: "T", values: [["KPI", "Thực tế", "Mục tiêu"], ["A", "1.234.567 ₫", "2.469.134 ₫"]] }], options("vi", () => ",")).result;
    expect(result.kpis[0].score).toBe(0.5);
  });
});

describe("a header-only tab and a blank tab", () => {
  const result = scorecard([
    { name: "KPI Bán hàng", values: [["Tên KPI", "Thực tế", "Mục tiêu"]] },
    { name: "Trang tính1", values: [[""]] },
  ]);
  test("both are listed as skipped with a reason", () => {
    expect(result.skipped.map((s) => s.tab)).toEqual(["KPI Bán hàng", "Trang tính1"]);
    expect(result.skipped[0].reason).toContain("chưa có hàng KPI");
    expect(result.skipped[1].reason).toBe("Tab trống.");
  });
  test("every group has no data and overall is null", () => {
    expect(result.groups.map((g) => g.status)).toEqual(["no_data", "no_data", "no_data", "no_data"]);
    expect(result.overall).toBeNull();
    expect(result.overallStatus).toBe("no_data");
  });
});

describe("a table without the required columns", () => {
  test("is skipped naming what is missing", () => {
    const result = scorecard([{ name: "Báo cáo tuần", values: [["Hạng mục", "Ngày", "Số liệu", "Chỉ tiêu"], ["A", new Date(2026, 6, 15), 3, 4]] }], "en");
    expect(result.skipped).toHaveLength(1);
    expect(result.skipped[0].reason).toContain("missing: KPI name, Actual");
    const vi = scorecard([{ name: "Báo cáo tuần", values: [["Hạng mục", "Ngày", "Số liệu", "Chỉ tiêu"], ["A", 1, 3, 4]] }], "vi");
    expect(vi.skipped[0].reason).toContain("còn thiếu: Tên KPI, Thực tế");
  });
});

describe("weighted group scores", () => {
  test("use the weighted mean, not the unweighted one or a fixed 100", () => {
    const values = [
      ["KPI", "Khía cạnh", "Thực tế", "Mục tiêu", "Trọng số"],
      ["A", "Tài chính", 120, 100, 30],
      ["B", "Tài chính", 60, 100, 30],
      ["C", "Tài chính", 50, 100, 20],
    ];
    const result = scorecard([{ name: "F", values }]);
    expect(result.kpis.map((k) => k.score)).toEqual([1, 0.6, 0.5]);
    expect(result.kpis.map((k) => k.status)).toEqual(["on_target", "failing", "failing"]);
    expect(group(result, "financial").score).toBeCloseTo(0.725, 12);
    expect(group(result, "financial").status).toBe("attention");
  });
  test("a blank actual is no data, not zero", () => {
    const values = [
      ["KPI", "Khía cạnh", "Thực tế", "Mục tiêu", "Trọng số"],
      ["A", "Khách hàng", 92, 100, 1],
      ["B", "Khách hàng", 50, 100, 1],
      ["C", "Khách hàng", "", 100, 1],
    ];
    const customer = group(scorecard([{ name: "C", values }]), "customer");
    expect(customer.score).toBeCloseTo(0.71, 12);
    expect(customer.status).toBe("attention");
    expect(customer).toMatchObject({ kpis: 3, onTarget: 0, attention: 1, failing: 1, noData: 1 });
  });
  test.each(["ND", "NA", "N/A", "-", "—"])("actual %p is no data", (word) => {
    const result = scorecard([{ name: "T", values: [["KPI", "Actual", "Target"], ["A", word, 100]] }]);
    expect(result.kpis[0]).toMatchObject({ actual: null, score: null, status: "no_data" });
  });
  test("weight 0 and negative weights leave the KPI out; a blank weight counts as 1", () => {
    const values = [
      ["KPI", "Perspective", "Actual", "Target", "Weight"],
      ["A", "Financial", 100, 100, ""],
      ["B", "Financial", 50, 100, 0],
      ["C", "Financial", 0, 100, -2],
      ["D", "Financial", 50, 100, 1],
    ];
    expect(group(scorecard([{ name: "T", values }]), "financial").score).toBe(0.75);
  });
});

describe("groups", () => {
  test("KPIs without a perspective go to unassigned, listed after the four", () => {
    const result = scorecard([{ name: "T", values: [["KPI", "Actual", "Target"], ["A", 1, 2]] }]);
    expect(result.groups.map((g) => g.key)).toEqual(["financial", "customer", "internal", "learning", "unassigned"]);
    expect(group(result, "unassigned").score).toBe(0.5);
  });
  test("overall averages the groups with data, each weighing 1", () => {
    const values = [
      ["KPI", "Perspective", "Actual", "Target", "Weight"],
      ["A", "Financial", 100, 100, 5],
      ["B", "Customer", 50, 100, 1],
      ["C", "Customer", 50, 100, 1],
    ];
    expect(scorecard([{ name: "T", values }]).overall).toBe(0.75);
  });
});

describe("KPIs that break the scoring rules", () => {
  test("a target of 0, lower is better, scores 1 at 0 and 0 above", () => {
    const values = [
      ["Tên KPI", "Chiều đánh giá", "Thực tế", "Mục tiêu", "Định mức tối thiểu"],
      ["Tai nạn lao động", "thấp", 0, 0, ""],
      ["Tai nạn lao động (2)", "thấp", 2, 0, ""],
    ];
    const result = scorecard([{ name: "HR", values }]);
    expect(result.kpis.map((k) => [k.score, k.status])).toEqual([
      [1, "on_target"],
      [0, "failing"],
    ]);
  });
  test("threshold equal to target leaves the KPI unscored", () => {
    const result = scorecard([{ name: "T", values: [["KPI", "Actual", "Target", "Threshold"], ["A", 80, 100, 100]] }]);
    expect(result.kpis[0]).toMatchObject({ score: null, status: "no_data" });
  });
  test("a missing target leaves the KPI unscored", () => {
    const computation = computeScorecard([{ name: "T", values: [["KPI", "Actual", "Target"], ["A", 80, ""]] }], options("en"));
    expect(computation.result.kpis[0].status).toBe("no_data");
    expect(computation.scored[0].problem?.key).toBe("scorecard.problem.missing_target");
  });
  test("an unknown direction leaves the KPI unscored", () => {
    const computation = computeScorecard([{ name: "T", values: [["KPI", "Direction", "Actual", "Target"], ["A", "sideways", 80, 100]] }], options("en"));
    expect(computation.result.kpis[0].score).toBeNull();
    expect(computation.scored[0].problem?.key).toBe("scorecard.problem.direction_invalid");
    expect(computation.result.attention.find((item) => item.kind === "unscorable")?.message).toBe(
      'The Direction cell contains "sideways", which is not one of its choices. Pick Higher is better, Lower is better or Closer to target is better.',
    );
  });
  test("a rule KPI_SCORE enforces is explained in the sheet's words", () => {
    const computation = computeScorecard([{ name: "T", values: [["KPI", "Minimum threshold", "Actual", "Target"], ["A", 100, 80, 100]] }], options("vi"));
    expect(computation.result.attention.find((item) => item.kind === "unscorable")?.message).toMatch(/^Định mức tối thiểu \(100\) bằng mục tiêu \(100\)/);
  });
});

describe("status rules", () => {
  test.each([
    [[95, 100, 80, "higher"], "attention"],
    [[79, 100, 80, "higher"], "failing"],
    [[80, 100, 80, "higher"], "attention"],
    [[100, 100, 80, "higher"], "on_target"],
    [[98, 100, 80, "target"], "on_target"],
    [[95, 100, 80, "target"], "attention"],
    [[75, 100, 80, "target"], "failing"],
    [[85, 100, 80, "target"], "attention"],
    [[3, 2, 4, "lower"], "attention"],
    [[5, 2, 4, "lower"], "failing"],
    [[69, 100, "", ""], "failing"],
    [[70, 100, "", ""], "attention"],
  ])("%p is %s", ([actual, target, threshold, direction], status) => {
    const values = [
      ["KPI", "Actual", "Target", "Threshold", "Direction"],
      ["A", actual, target, threshold, direction],
    ];
    expect(scorecard([{ name: "T", values }]).kpis[0].status).toBe(status);
  });
});

describe("header words of real reports", () => {
  test.each([
    [["Tiêu chí đánh giá", "Thực đạt", "Kế hoạch năm", "Ngưỡng tối thiểu", "Viễn cảnh"], "vi"],
    [["Nội dung", "TH", "KH", "Mức sàn", "Phương diện"], "vi"],
    [["Chỉ tiêu KPI", "Lũy kế thực hiện", "Chỉ tiêu kế hoạch", "Ngưỡng chấp nhận", "Góc nhìn"], "vi"],
    [["Measure name", "Actual YTD", "Target value", "Lower limit", "BSC perspective"], "en"],
    [["Key Result", "Actual result", "Goal", "Minimum acceptable", "Perspective"], "en"],
  ] as const)("%j is read", (header, language) => {
    const result = scorecard([{ name: "T", values: [[...header], ["A", 80, 100, 60, language === "vi" ? "Tài chính" : "Financial"]] }], language);
    expect(result.skipped).toEqual([]);
    expect(result.kpis[0]).toMatchObject({ actual: 80, target: 100, threshold: 60, group: "financial", score: 0.5 });
  });

  test("a table of dates and figures with no KPI names stays skipped", () => {
    const result = scorecard([{ name: "Báo cáo tuần", values: [["Hạng mục", "Ngày", "Số liệu", "Chỉ tiêu"], ["A", 1, 2, 3]] }]);
    expect(result.skipped.map((entry) => entry.tab)).toEqual(["Báo cáo tuần"]);
  });

  test("Chỉ tiêu names the KPIs beside a Kế hoạch column", () => {
    const values = [
      ["STT", "Chỉ tiêu", "Kế hoạch", "Thực hiện", "Khía cạnh"],
      [1, "Doanh thu", 100, 80, "Tài chính"],
      [2, "Khách hàng mới", 50, 50, "Khách hàng"],
    ];
    const result = scorecard([{ name: "Báo cáo", values }]);
    expect(result.skipped).toEqual([]);
    expect(result.kpis.map((kpi) => [kpi.name, kpi.id, kpi.target, kpi.actual])).toEqual([
      ["Doanh thu", "", 100, 80],
      ["Khách hàng mới", "", 50, 50],
    ]);
  });

  test("Chỉ tiêu is the target beside a name column", () => {
    const result = scorecard([{ name: "Báo cáo", values: [["Tên KPI", "Chỉ tiêu", "Thực hiện"], ["Doanh thu", 100, 80]] }]);
    expect(result.kpis[0]).toMatchObject({ name: "Doanh thu", target: 100, actual: 80 });
  });
});
