/**
 * The add-on's public names: the only functions Apps Script can see. The build appends one
 * top-level declaration per entry to dist/Code.js, forwarding into the bundle, so this list, the
 * exports of src/main.ts and the stubs must agree (the build checks that they do).
 *
 * Custom functions carry the JSDoc that Sheets shows as autocomplete help: Vietnamese first, then
 * English, and an example whose result a test checks by calling the function.
 */

export interface ParamDoc {
  readonly name: string;
  readonly type: string;
  readonly vi: string;
  readonly en: string;
}

export interface CustomFunctionDoc {
  readonly name: string;
  readonly vi: string;
  readonly en: string;
  readonly params: readonly ParamDoc[];
  readonly returns: { readonly type: string; readonly vi: string; readonly en: string };
  /** An example call with literal arguments, shown in the help and checked by a test. */
  readonly example: { readonly args: readonly (number | string)[]; readonly result: number | string };
}

export interface EntryPoint {
  readonly name: string;
  /** "code" entries live in Code.js; "app" entries in the app bundle that Code.js loads on demand. */
  readonly bundle: "code" | "app";
  readonly params: readonly string[];
  readonly summary: string;
}

const NUMBER_OR_RANGE = "number|Array<Array<number>>";

export const CUSTOM_FUNCTION_DOCS: readonly CustomFunctionDoc[] = [
  {
    name: "KPI_SCORE",
    vi: "Điểm đạt của KPI dưới dạng tỷ lệ (1 = đạt mục tiêu), tính theo định mức tối thiểu và chiều đánh giá; ô trống cho kết quả trống.",
    en: "Scores a KPI as a fraction (1 = target met) from its minimum acceptable level and direction; blank inputs give a blank result.",
    params: [
      { name: "actual", type: NUMBER_OR_RANGE, vi: "Kết quả thực tế, theo đơn vị của KPI (số, %, đồng…); một ô hoặc một cột.", en: "Actual value, in the KPI's unit (count, %, VND…); one cell or a column." },
      { name: "target", type: NUMBER_OR_RANGE, vi: "Mục tiêu cần đạt, cùng đơn vị với actual.", en: "Target, in the same unit as actual." },
      {
        name: "threshold",
        type: NUMBER_OR_RANGE,
        vi: "Tùy chọn. Định mức tối thiểu chấp nhận được, cùng đơn vị với actual: điểm bằng 0 tại mức này và bằng 1 tại mục tiêu.",
        en: "Optional. Minimum acceptable level, in the same unit as actual: the score is 0 there and 1 at the target.",
      },
      {
        name: "direction",
        type: "string|Array<Array<string>>",
        vi: "Tùy chọn. \"cao\", \"thấp\" hoặc \"mục tiêu\" (higher, lower, target); mặc định theo vị trí của định mức so với mục tiêu.",
        en: "Optional. \"higher\", \"lower\" or \"target\" (cao, thấp, mục tiêu); defaults from the threshold's side of the target.",
      },
      {
        name: "cap",
        type: "number",
        vi: "Tùy chọn. Điểm tối đa, dạng tỷ lệ, từ 1 trở lên (mặc định 1 = 100%).",
        en: "Optional. Highest score allowed, as a fraction, at least 1 (default 1 = 100%).",
      },
    ],
    returns: { type: NUMBER_OR_RANGE, vi: "Điểm từ 0 đến cap; định dạng là %.", en: "Score from 0 to cap; format it as %." },
    example: { args: [80, 100, 60], result: 0.5 },
  },
  {
    name: "CHURN_RATE",
    vi: "Tỷ lệ rời bỏ: phần khách hàng có ở đầu kỳ đã rời đi trong kỳ, có thể quy đổi sang nhiều kỳ (tháng sang năm).",
    en: "Churn rate: the share of customers at the start of a period who left during it, optionally compounded over several periods.",
    params: [
      {
        name: "customers_at_start",
        type: NUMBER_OR_RANGE,
        vi: "Số khách hàng ở đầu kỳ (hoặc MRR đầu kỳ, tính bằng tiền).",
        en: "Customers at the start of the period (or MRR at the start, in money).",
      },
      {
        name: "customers_lost",
        type: NUMBER_OR_RANGE,
        vi: "Số khách hàng đã có ở đầu kỳ và rời đi trong kỳ (hoặc MRR mất đi, tính bằng tiền).",
        en: "Customers from the start of the period who left during it (or MRR lost, in money).",
      },
      {
        name: "periods",
        type: "number",
        vi: "Tùy chọn. Số kỳ để quy đổi, ví dụ 12 để đổi tỷ lệ tháng sang năm (mặc định 1).",
        en: "Optional. Periods to compound over, e.g. 12 for a yearly rate from monthly data (default 1).",
      },
    ],
    returns: { type: NUMBER_OR_RANGE, vi: "Tỷ lệ từ 0 đến 1; định dạng là %.", en: "Rate from 0 to 1; format it as %." },
    example: { args: [200, 10], result: 0.05 },
  },
  {
    name: "LTV_CAC",
    vi: "Tỷ lệ giá trị trọn đời của khách hàng trên chi phí có được khách hàng. Hai cách dùng: LTV_CAC(ltv; cac) hoặc LTV_CAC(arpa; gross_margin; churn_rate; cac; [max_lifetime]).",
    en: "Ratio of customer lifetime value to acquisition cost. Two forms: LTV_CAC(ltv, cac) or LTV_CAC(arpa, gross_margin, churn_rate, cac, [max_lifetime]).",
    params: [
      {
        name: "ltv_or_arpa",
        type: NUMBER_OR_RANGE,
        vi: "Với 2 đối số: giá trị trọn đời (LTV), tính bằng tiền. Với 4–5 đối số: doanh thu trung bình mỗi khách hàng mỗi kỳ (ARPA), tính bằng tiền.",
        en: "With 2 arguments: lifetime value (LTV), in money. With 4–5: average revenue per account per period (ARPA), in money.",
      },
      {
        name: "cac_or_gross_margin",
        type: NUMBER_OR_RANGE,
        vi: "Với 2 đối số: chi phí có được một khách hàng (CAC), tính bằng tiền. Với 4–5 đối số: biên lợi nhuận gộp, tỷ lệ từ 0 đến 1, ví dụ 80%.",
        en: "With 2 arguments: customer acquisition cost (CAC), in money. With 4–5: gross margin, a fraction from 0 to 1, e.g. 80%.",
      },
      {
        name: "churn_rate",
        type: NUMBER_OR_RANGE,
        vi: "Dạng 4–5 đối số: tỷ lệ rời bỏ mỗi kỳ, từ 0 đến 1, cùng kỳ với ARPA, ví dụ 5%.",
        en: "4–5 argument form: churn rate per period, from 0 to 1, the same period as ARPA, e.g. 5%.",
      },
      { name: "cac", type: NUMBER_OR_RANGE, vi: "Dạng 4–5 đối số: chi phí có được một khách hàng, tính bằng tiền.", en: "4–5 argument form: customer acquisition cost, in money." },
      {
        name: "max_lifetime",
        type: "number",
        vi: "Tùy chọn. Vòng đời tối đa tính theo kỳ, ví dụ 36 tháng; bắt buộc khi tỷ lệ rời bỏ bằng 0.",
        en: "Optional. Longest lifetime in periods, e.g. 36 months; needed when churn is 0.",
      },
    ],
    returns: {
      type: NUMBER_OR_RANGE,
      vi: "Số lần LTV gấp CAC: dưới 1 là lỗ, 3 đến 5 là lành mạnh.",
      en: "How many times LTV covers CAC: below 1 loses money, 3 to 5 is healthy.",
    },
    example: { args: [2000000, 0.8, 0.05, 4000000], result: 8 },
  },
  {
    name: "BURN_RATE",
    vi: "Tốc độ đốt tiền ròng mỗi tháng = (tiền chi − tiền thu) ÷ số tháng; không có tiền thu thì là tốc độ đốt tiền gộp.",
    en: "Net burn per month = (cash out − cash in) ÷ months; without cash in it is gross burn.",
    params: [
      { name: "cash_out", type: NUMBER_OR_RANGE, vi: "Tổng tiền chi ra trong kỳ, tính bằng tiền (số dương).", en: "Cash spent in the period, in money (a positive number)." },
      {
        name: "cash_in",
        type: NUMBER_OR_RANGE,
        vi: "Tùy chọn. Tổng tiền thu vào trong kỳ, tính bằng tiền (số dương).",
        en: "Optional. Cash received in the period, in money (a positive number).",
      },
      { name: "months", type: "number", vi: "Tùy chọn. Số tháng của kỳ (mặc định 1).", en: "Optional. Months in the period (default 1)." },
    ],
    returns: {
      type: NUMBER_OR_RANGE,
      vi: "Số tiền đốt mỗi tháng; số âm nghĩa là dòng tiền dương.",
      en: "Cash burned per month; a negative number means cash-flow positive.",
    },
    example: { args: [300000000, 120000000, 3], result: 60000000 },
  },
  {
    name: "RUNWAY",
    vi: "Số tháng còn hoạt động với lượng tiền hiện có = số dư tiền ÷ tốc độ đốt tiền ròng; trả về ∞ khi không đốt tiền.",
    en: "Months of cash left = cash balance ÷ net burn per month; returns ∞ when the company is not burning cash.",
    params: [
      { name: "cash_balance", type: NUMBER_OR_RANGE, vi: "Số dư tiền mặt hiện có, tính bằng tiền.", en: "Cash on hand, in money." },
      {
        name: "net_burn",
        type: NUMBER_OR_RANGE,
        vi: "Tốc độ đốt tiền ròng, tính bằng tiền mỗi tháng, ví dụ kết quả của BURN_RATE.",
        en: "Net burn, in money per month, for example the result of BURN_RATE.",
      },
    ],
    returns: { type: NUMBER_OR_RANGE, vi: "Số tháng, hoặc ∞.", en: "Months, or ∞." },
    example: { args: [1200000000, 150000000], result: 8 },
  },
  {
    name: "CAC",
    vi: "Chi phí có được một khách hàng = chi phí bán hàng và marketing ÷ số khách hàng mới; trống khi chưa có khách hàng mới.",
    en: "Customer acquisition cost = sales and marketing spend ÷ new customers; blank when there are no new customers.",
    params: [
      { name: "spend", type: NUMBER_OR_RANGE, vi: "Chi phí bán hàng và marketing trong kỳ, tính bằng tiền.", en: "Sales and marketing spend in the period, in money." },
      { name: "new_customers", type: NUMBER_OR_RANGE, vi: "Số khách hàng mới trong cùng kỳ (người).", en: "New customers won in the same period (a count)." },
    ],
    returns: { type: NUMBER_OR_RANGE, vi: "Chi phí cho mỗi khách hàng mới.", en: "Cost per new customer." },
    example: { args: [90000000, 30], result: 3000000 },
  },
  {
    name: "LTV",
    vi: "Giá trị trọn đời của khách hàng = ARPA × biên lợi nhuận gộp × vòng đời, với vòng đời = 1 ÷ tỷ lệ rời bỏ.",
    en: "Customer lifetime value = ARPA × gross margin × lifetime, with lifetime = 1 ÷ churn rate.",
    params: [
      {
        name: "arpa",
        type: NUMBER_OR_RANGE,
        vi: "Doanh thu trung bình mỗi khách hàng mỗi kỳ (ARPA), tính bằng tiền.",
        en: "Average revenue per account per period (ARPA), in money.",
      },
      { name: "gross_margin", type: NUMBER_OR_RANGE, vi: "Biên lợi nhuận gộp, tỷ lệ từ 0 đến 1, ví dụ 80%.", en: "Gross margin, a fraction from 0 to 1, e.g. 80%." },
      {
        name: "churn_rate",
        type: NUMBER_OR_RANGE,
        vi: "Tỷ lệ rời bỏ mỗi kỳ, từ 0 đến 1, cùng kỳ với ARPA, ví dụ 5%.",
        en: "Churn rate per period, from 0 to 1, the same period as ARPA, e.g. 5%.",
      },
      {
        name: "max_lifetime",
        type: "number",
        vi: "Tùy chọn. Vòng đời tối đa tính theo kỳ, ví dụ 36 tháng; bắt buộc khi tỷ lệ rời bỏ bằng 0.",
        en: "Optional. Longest lifetime in periods, e.g. 36 months; needed when churn is 0.",
      },
    ],
    returns: { type: NUMBER_OR_RANGE, vi: "Lợi nhuận gộp từ một khách hàng trong cả vòng đời.", en: "Gross profit from one customer over its lifetime." },
    example: { args: [500000, 0.8, 0.05], result: 8000000 },
  },
  {
    name: "CAC_PAYBACK",
    vi: "Số kỳ để thu hồi chi phí có được khách hàng = CAC ÷ (ARPA × biên lợi nhuận gộp); trả về ∞ khi khách hàng không mang lại lợi nhuận gộp.",
    en: "Periods to earn back the acquisition cost = CAC ÷ (ARPA × gross margin); returns ∞ when a customer brings no gross profit.",
    params: [
      { name: "cac", type: NUMBER_OR_RANGE, vi: "Chi phí có được một khách hàng, tính bằng tiền.", en: "Customer acquisition cost, in money." },
      {
        name: "arpa",
        type: NUMBER_OR_RANGE,
        vi: "Doanh thu trung bình mỗi khách hàng mỗi kỳ, tính bằng tiền.",
        en: "Average revenue per account per period, in money.",
      },
      { name: "gross_margin", type: NUMBER_OR_RANGE, vi: "Biên lợi nhuận gộp, tỷ lệ từ 0 đến 1, ví dụ 80%.", en: "Gross margin, a fraction from 0 to 1, e.g. 80%." },
    ],
    returns: { type: NUMBER_OR_RANGE, vi: "Số kỳ (thường là tháng), hoặc ∞.", en: "Periods (usually months), or ∞." },
    example: { args: [3000000, 500000, 0.8], result: 7.5 },
  },
];

/** Menu handlers, triggers and sidebar endpoints. */
export const ENTRY_POINTS: readonly EntryPoint[] = [
  { name: "onOpen", bundle: "code", params: ["e"], summary: "Adds the add-on menu when the spreadsheet opens." },
  { name: "onInstall", bundle: "code", params: ["e"], summary: "Adds the add-on menu right after installation." },
  { name: "showSidebar", bundle: "app", params: [], summary: "Menu: opens the sidebar that creates KPI tabs." },
  { name: "buildScorecard", bundle: "app", params: [], summary: "Menu: builds or rebuilds the Balanced Scorecard summary tab." },
  { name: "showHelp", bundle: "app", params: [], summary: "Menu: shows a short guide to the add-on." },
  { name: "getSidebarModel", bundle: "app", params: ["request"], summary: "Sidebar: returns the catalog and labels in the chosen language." },
  { name: "generateKpiTabs", bundle: "app", params: ["request"], summary: "Sidebar: creates the KPI tabs the user picked." },
  { name: "getSkippedTables", bundle: "app", params: ["request"], summary: "Sidebar: lists the tabs the scorecard skips, with their first rows." },
  { name: "saveColumnMapping", bundle: "app", params: ["request"], summary: "Sidebar: stores which column of a tab holds what." },
  { name: "setReportingPeriod", bundle: "app", params: ["request"], summary: "Sidebar: moves the reporting period of the KPI tabs." },
  { name: "getScorecardResult", bundle: "app", params: [], summary: "Returns the scorecard as JSON without writing anything." },
];
