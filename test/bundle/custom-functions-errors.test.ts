/**
 * Error messages of the built custom functions, as Sheets shows them on hover over #ERROR!:
 * in the spreadsheet's language, starting with the function's name, naming the argument and
 * its value, and saying how to fix the input.
 */
import { FUNCTION_FORMS, LOCALES, callersByLocale, errorMessage, positionText, type FunctionName } from "./helpers";

const call = callersByLocale();

interface ErrorCase {
  readonly rule: string;
  readonly name: FunctionName;
  readonly args: readonly unknown[];
  /** Phrases the message contains in an en_US sheet: the argument with its value, then the fix. */
  readonly en: readonly string[];
  readonly vi: readonly string[];
}

const ERROR_CASES: readonly ErrorCase[] = [
  {
    rule: "a cap below 1",
    name: "KPI_SCORE",
    args: [90, 100, 60, "higher", 0.5],
    en: ["cap is 0.5, but it must be at least 1", "Use 1.2"],
    vi: ["cap là 0,5 nhưng phải từ 1 trở lên", "Dùng 1,2"],
  },
  {
    rule: "higher with a threshold above the target",
    name: "KPI_SCORE",
    args: [90, 100, 120, "higher"],
    en: ['direction is "higher" but threshold (120) is not below target (100)', "Lower the threshold"],
    vi: ['chiều đánh giá là "cao" nhưng định mức tối thiểu (120) không thấp hơn mục tiêu (100)', "Hãy hạ định mức"],
  },
  {
    rule: "lower with a threshold below the target",
    name: "KPI_SCORE",
    args: [90, 100, 60, "thấp"],
    en: ['direction is "lower" but threshold (60) is not above target (100)', "Raise the threshold"],
    vi: ['chiều đánh giá là "thấp" nhưng định mức tối thiểu (60) không cao hơn mục tiêu (100)', "Hãy nâng định mức"],
  },
  {
    rule: "closer-to-target without a threshold",
    name: "KPI_SCORE",
    args: [90, 100, "", "target"],
    en: ['direction "target" (closer is better) needs a threshold', "Add one"],
    vi: ['chiều "mục tiêu" (càng gần mục tiêu càng tốt) cần có định mức tối thiểu', "Hãy thêm định mức"],
  },
  {
    rule: "higher without a threshold and a negative target",
    name: "KPI_SCORE",
    args: [5, -10],
    en: ["target is -10", "Add a threshold"],
    vi: ["mục tiêu là -10", "Hãy thêm định mức tối thiểu"],
  },
  {
    rule: "lower without a threshold and a negative target",
    name: "KPI_SCORE",
    args: [5, -10, "", "lower"],
    en: ["target is -10", "needs a target of 0 or more", "Add a threshold"],
    vi: ["mục tiêu là -10", "cần mục tiêu từ 0 trở lên", "Hãy thêm định mức tối thiểu"],
  },
  {
    rule: "negative customers at the start",
    name: "CHURN_RATE",
    args: [-5, 1],
    en: ["customers_at_start is -5", "enter a positive number"],
    vi: ["đối số customers_at_start là -5", "hãy nhập số dương"],
  },
  {
    rule: "negative customers lost",
    name: "CHURN_RATE",
    args: [200, -1],
    en: ["customers_lost is -1", "enter a positive number"],
    vi: ["đối số customers_lost là -1", "hãy nhập số dương"],
  },
  {
    rule: "customers lost with none at the start",
    name: "CHURN_RATE",
    args: [0, 3],
    en: ["customers_at_start is 0 but customers_lost is 3", "customers who joined and left within the period do not count as lost"],
    vi: ["customers_at_start bằng 0 nhưng customers_lost là 3", "khách hàng mới đến rồi rời đi trong kỳ không tính vào customers_lost"],
  },
  {
    rule: "zero periods",
    name: "CHURN_RATE",
    args: [200, 10, 0],
    en: ["periods is 0, but it must be above 0", "Use 12"],
    vi: ["periods là 0 nhưng phải lớn hơn 0", "Dùng 12"],
  },
  {
    rule: "three arguments",
    name: "LTV_CAC",
    args: [2000000, 0.8, 0.05],
    en: ["takes 2 arguments (ltv, cac) or 4 to 5", "not 3", "Add cac"],
    vi: ["nhận 2 đối số (ltv; cac) hoặc 4 đến 5 đối số", "không nhận 3", "Hãy thêm cac"],
  },
  {
    rule: "a zero CAC in the ratio form",
    name: "LTV_CAC",
    args: [24000000, 0],
    en: ["cac is 0", "must be above 0"],
    vi: ["cac là 0", "phải lớn hơn 0"],
  },
  {
    rule: "a negative ARPA",
    name: "LTV_CAC",
    args: [-500000, 0.8, 0.05, 3000000],
    en: ["arpa is -500,000", "cannot be negative"],
    vi: ["arpa là -500.000", "không thể âm"],
  },
  {
    rule: "a zero gross margin",
    name: "LTV_CAC",
    args: [2000000, 0, 0.05, 3000000],
    en: ["gross_margin is 0", "must be above 0, such as 60%"],
    vi: ["gross_margin là 0", "phải lớn hơn 0, ví dụ 60%"],
  },
  {
    rule: "churn above 1",
    name: "LTV_CAC",
    args: [2000000, 0.8, 5, 3000000],
    en: ["churn_rate is 5, but it must be between 0 and 1", "Type 5% (or 0.05)"],
    vi: ["churn_rate là 5 nhưng phải nằm trong khoảng 0 đến 1", "Hãy nhập 5% (hoặc 0,05)"],
  },
  {
    rule: "a zero max_lifetime",
    name: "LTV_CAC",
    args: [2000000, 0.8, 0.05, 3000000, 0],
    en: ["max_lifetime is 0, but it must be above 0 periods", "for example 36 months"],
    vi: ["max_lifetime là 0 nhưng phải lớn hơn 0 kỳ", "ví dụ 36 tháng"],
  },
  {
    rule: "a negative CAC in the parts form",
    name: "LTV_CAC",
    args: [2000000, 0.8, 0.05, -3000000],
    en: ["cac is -3,000,000", "must be above 0"],
    vi: ["cac là -3.000.000", "phải lớn hơn 0"],
  },
  {
    rule: "negative cash out",
    name: "BURN_RATE",
    args: [-450000000],
    en: ["cash_out is -450,000,000", "Enter cash amounts as positive numbers"],
    vi: ["đối số cash_out là -450.000.000", "Hãy nhập số tiền là số dương"],
  },
  {
    rule: "negative cash in",
    name: "BURN_RATE",
    args: [450000000, -300000000],
    en: ["cash_in is -300,000,000", "Enter cash amounts as positive numbers"],
    vi: ["đối số cash_in là -300.000.000", "Hãy nhập số tiền là số dương"],
  },
  {
    rule: "zero months",
    name: "BURN_RATE",
    args: [450000000, 300000000, 0],
    en: ["months is 0, but it must be above 0"],
    vi: ["months là 0 nhưng phải lớn hơn 0"],
  },
  {
    rule: "a negative cash balance",
    name: "RUNWAY",
    args: [-1000000, 150000000],
    en: ["cash_balance is -1,000,000", "Enter the balance as a positive number"],
    vi: ["cash_balance là -1.000.000", "Hãy nhập số dư là số dương"],
  },
  {
    rule: "negative spend",
    name: "CAC",
    args: [-90000000, 30],
    en: ["spend is -90,000,000", "enter a positive number"],
    vi: ["đối số spend là -90.000.000", "hãy nhập số dương"],
  },
  {
    rule: "negative new customers",
    name: "CAC",
    args: [90000000, -30],
    en: ["new_customers is -30", "enter a positive number"],
    vi: ["đối số new_customers là -30", "hãy nhập số dương"],
  },
  {
    rule: "a gross margin typed as 80",
    name: "LTV",
    args: [500000, 80, 0.05],
    en: ["gross_margin is 80", "Type 80% (or 0.8)"],
    vi: ["gross_margin là 80", "Hãy nhập 80% (hoặc 0,8)"],
  },
  {
    rule: "zero churn without max_lifetime",
    name: "LTV",
    args: [500000, 0.8, 0],
    en: ["churn_rate is 0", "Add max_lifetime"],
    vi: ["churn_rate bằng 0", "Hãy thêm max_lifetime"],
  },
  {
    rule: "a negative CAC",
    name: "CAC_PAYBACK",
    args: [-3000000, 500000, 0.8],
    en: ["cac is -3,000,000", "enter a positive number"],
    vi: ["đối số cac là -3.000.000", "hãy nhập số dương"],
  },
  {
    rule: "a gross margin typed as 80",
    name: "CAC_PAYBACK",
    args: [3000000, 500000, 80],
    en: ["gross_margin is 80", "Type 80% (or 0.8)"],
    vi: ["gross_margin là 80", "Hãy nhập 80% (hoặc 0,8)"],
  },
];

const table = ERROR_CASES.map((errorCase) => [errorCase.name, errorCase.rule, errorCase] as const);

describe("rejected values", () => {
  test.each(table)("%s: %s is explained in English", (name, _, errorCase) => {
    const message = errorMessage(() => call.en_US(name, ...errorCase.args));
    expect(message.startsWith(`${name}: `)).toBe(true);
    for (const phrase of errorCase.en) expect(message).toContain(phrase);
  });

  test.each(table)("%s: %s is explained in Vietnamese", (name, _, errorCase) => {
    const message = errorMessage(() => call.vi_VN(name, ...errorCase.args));
    expect(message.startsWith(`${name}: `)).toBe(true);
    for (const phrase of errorCase.vi) expect(message).toContain(phrase);
  });

  // The first row of each column contains valid values and the second row the rejected ones.
  const rangeTable = table.filter(([, rule]) => rule !== "three arguments");

  test.each(rangeTable)("%s: %s in a range names row 2", (name, _, errorCase) => {
    const validForm = FUNCTION_FORMS.find(
      (form) => form.name === name && (name !== "LTV_CAC" || (form.params.length === 2) === (errorCase.args.length === 2)),
    );
    const valid = validForm!.args.slice(0, errorCase.args.length);
    const columns = errorCase.args.map((value, index) => [[valid[index]], [value]]);
    for (const locale of LOCALES) {
      const message = errorMessage(() => call[locale](name, ...columns));
      expect(message.startsWith(`${name}${positionText(locale, 2, 1)}: `)).toBe(true);
      for (const phrase of locale === "en_US" ? errorCase.en : errorCase.vi) expect(message).toContain(phrase);
    }
  });
});

describe("missing arguments", () => {
  test.each([
    ["KPI_SCORE", [90], "required arguments are missing. Give at least actual, target, in that order.", "thiếu đối số bắt buộc. Hãy nhập ít nhất actual, target, theo đúng thứ tự đó."],
    ["CHURN_RATE", [200], "required arguments are missing. Give at least customers_at_start, customers_lost, in that order.", "thiếu đối số bắt buộc. Hãy nhập ít nhất customers_at_start, customers_lost, theo đúng thứ tự đó."],
    ["RUNWAY", [1200000000], "required arguments are missing. Give at least cash_balance, net_burn, in that order.", "thiếu đối số bắt buộc. Hãy nhập ít nhất cash_balance, net_burn, theo đúng thứ tự đó."],
    ["CAC", [90000000], "required arguments are missing. Give at least spend, new_customers, in that order.", "thiếu đối số bắt buộc. Hãy nhập ít nhất spend, new_customers, theo đúng thứ tự đó."],
    ["LTV", [500000, 0.8], "required arguments are missing. Give at least arpa, gross_margin, churn_rate, in that order.", "thiếu đối số bắt buộc. Hãy nhập ít nhất arpa, gross_margin, churn_rate, theo đúng thứ tự đó."],
    ["CAC_PAYBACK", [3000000, 500000], "required arguments are missing. Give at least cac, arpa, gross_margin, in that order.", "thiếu đối số bắt buộc. Hãy nhập ít nhất cac, arpa, gross_margin, theo đúng thứ tự đó."],
    ["LTV_CAC", [24000000], "required arguments are missing. Give at least ltv, cac, in that order.", "thiếu đối số bắt buộc. Hãy nhập ít nhất ltv, cac, theo đúng thứ tự đó."],
  ] as const)("%s lists the arguments it needs", (name, args, en, vi) => {
    expect(errorMessage(() => call.en_US(name, ...args))).toBe(`${name}: ${en}`);
    expect(errorMessage(() => call.vi_VN(name, ...args))).toBe(`${name}: ${vi}`);
  });

  test("BURN_RATE without arguments names cash_out", () => {
    for (const locale of LOCALES) {
      const message = errorMessage(() => call[locale]("BURN_RATE"));
      expect(message.startsWith("BURN_RATE: ")).toBe(true);
      expect(message).toContain(" cash_out, ");
    }
  });
});

describe("a long pasted text", () => {
  test("is quoted cut short", () => {
    const pasted = "Doanh thu quý 3 theo báo cáo của phòng kế toán, chưa kiểm toán";
    const message = errorMessage(() => call.en_US("KPI_SCORE", pasted, 100));
    expect(message).toContain(`actual is "${pasted.slice(0, 39)}…", which is not a number`);
    expect(message).not.toContain("chưa kiểm toán");
  });
});

describe("results too large for a number", () => {
  test.each([
    ["RUNWAY", [1e308, 1e-10]],
    ["BURN_RATE", [1e308, 0, 1e-10]],
    ["LTV", [1e308, 1, 1e-10]],
  ] as const)("%s throws instead of returning Infinity", (name, args) => {
    expect(errorMessage(() => call.en_US(name, ...args))).toBe(
      `${name}: the inputs give a result that is not a finite number. Check them for extreme values.`,
    );
    expect(errorMessage(() => call.vi_VN(name, ...args)).startsWith(`${name}: các giá trị đầu vào cho kết quả không phải là một số hữu hạn.`)).toBe(
      true,
    );
  });
});
