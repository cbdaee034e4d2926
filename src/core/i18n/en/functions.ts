/** Error messages of the custom functions. The formatter puts "FUNCTION_NAME: " in front. */
export const functionMessagesEn = {
  "fn.position": " (row {row}, column {column} of the range)",
  "fn.too_few_arguments": "required arguments are missing. Give at least {names}, in that order.",
  "fn.not_number": "{arg} is \"{value}\", which is not a number. Type a number such as 1234.5 or 85%, or leave the cell blank.",
  "fn.boolean_not_number": "{arg} is {value}, a TRUE/FALSE value, not a number. Enter a number instead.",
  "fn.date_not_number":
    "{arg} is the date {value}, not a number. If the cell should hold a number, set its format to Number (Format → Number → Number).",
  "fn.not_rectangular": "{arg} is not a rectangular range. Pass a range such as B2:B20.",
  "fn.shape_mismatch":
    "{arg1} is {shape1} and {arg2} is {shape2} (rows × columns). Pass ranges of the same size, or one cell to reuse for every row. A row and a column do not match even when they have the same length.",
  "fn.result_not_finite": "the inputs give a result that is not a finite number. Check them for extreme values.",

  "kpi.direction_invalid":
    "direction \"{value}\" is not recognised. Use \"higher\", \"lower\" or \"target\" (or the labels of a KPI tab's dropdown), or leave it blank.",
  "kpi.threshold_equals_target":
    "threshold ({threshold}) equals target ({target}), so no score can be computed. Set the threshold below the target when higher is better, or above it when lower is better.",
  "kpi.higher_threshold_not_below":
    "direction is \"higher\" but threshold ({threshold}) is not below target ({target}). Lower the threshold, or set direction to \"lower\".",
  "kpi.lower_threshold_not_above":
    "direction is \"lower\" but threshold ({threshold}) is not above target ({target}). Raise the threshold, or set direction to \"higher\".",
  "kpi.target_needs_threshold":
    "direction \"target\" (closer is better) needs a threshold, the value at which the score falls to 0. Add one, for example KPI_SCORE(B2, 100, 80, \"target\").",
  "kpi.higher_needs_positive_target":
    "target is {target}. Without a threshold a higher-is-better score is actual ÷ target, so the target must be above 0. Add a threshold (the minimum acceptable level), or use direction \"lower\" if less is better.",
  "kpi.lower_needs_nonnegative_target":
    "target is {target}. Without a threshold a lower-is-better score needs a target of 0 or more. Add a threshold, or check the sign of the target.",
  "kpi.cap_below_one": "cap is {cap}, but it must be at least 1 (1 stops the score at 100%). Use 1.2 to let a score reach 120%.",

  "churn.negative": "{arg} is {value}. Customer counts and amounts cannot be negative: enter a positive number.",
  "churn.lost_without_start":
    "customers_at_start is 0 but customers_lost is {lost}. Churn compares the customers lost with those you had at the start of the period, so customers who joined and left within the period do not count as lost.",
  "churn.lost_exceeds_start":
    "customers_lost ({lost}) is more than customers_at_start ({start}). customers_lost counts only customers who were there at the start of the period, so leave out newcomers who joined and left within it.",
  "churn.periods_not_positive": "periods is {value}, but it must be above 0. Use 12 to turn a monthly rate into a yearly one.",

  "ltv.three_arguments":
    "takes 2 arguments (ltv, cac) or 4 to 5 (arpa, gross_margin, churn_rate, cac, [max_lifetime]), not 3. Add cac, or keep only ltv and cac.",
  "ltv.arpa_negative": "arpa is {value}, but average revenue per account cannot be negative. Enter it as a positive amount per period.",
  "ltv.margin_above_one":
    "gross_margin is {value}, but a margin is a share of revenue between 0 and 1. Type 80% (or 0.8) for an 80% margin.",
  "ltv.margin_not_positive": "gross_margin is {value}. The margin must be above 0, such as 60%, or the customer never pays back.",
  "ltv.churn_out_of_range": "churn_rate is {value}, but it must be between 0 and 1 per period. Type 5% (or 0.05) for 5% a month.",
  "ltv.churn_zero_unbounded":
    "churn_rate is 0, so customers never leave and lifetime value is unbounded. Add max_lifetime (for example 36 months) to cap the lifetime.",
  "ltv.cac_not_positive": "cac is {value}, but the cost of acquiring a customer must be above 0. Enter the cost per new customer, or use CAC(spend, new_customers).",
  "ltv.max_lifetime_not_positive": "max_lifetime is {value}, but it must be above 0 periods (for example 36 months).",

  "burn.negative":
    "{arg} is {value}. Enter cash amounts as positive numbers: money spent in cash_out, money received in cash_in.",
  "burn.months_not_positive": "months is {value}, but it must be above 0.",

  "runway.negative_cash": "cash_balance is {value}, but cash on hand cannot be negative. Enter the balance as a positive number.",
  "cac.negative": "{arg} is {value}. Spend, customer counts and costs cannot be negative: enter a positive number.",
} as const;
