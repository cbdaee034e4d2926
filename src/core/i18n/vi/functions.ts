import type { functionMessagesEn } from "../en/functions";

/** Thông báo lỗi của các hàm tùy chỉnh. */
export const functionMessagesVi: Record<keyof typeof functionMessagesEn, string> = {
  "fn.position": " (hàng {row}, cột {column} của vùng)",
  "fn.too_few_arguments": "thiếu đối số bắt buộc. Hãy nhập ít nhất {names}, theo đúng thứ tự đó.",
  "fn.not_number": "đối số {arg} là \"{value}\", không phải là số. Hãy nhập một số như 1234,5 hoặc 85%, hoặc để trống ô.",
  "fn.boolean_not_number": "đối số {arg} là {value} (giá trị đúng/sai), không phải là số. Hãy nhập một số.",
  "fn.date_not_number":
    "đối số {arg} là ngày {value}, không phải là số. Nếu ô này cần chứa số, hãy đổi định dạng ô sang Số (Định dạng → Số → Số).",
  "fn.not_rectangular": "đối số {arg} không phải là một vùng hình chữ nhật. Hãy truyền một vùng như B2:B20.",
  "fn.shape_mismatch":
    "đối số {arg1} có kích thước {shape1} còn {arg2} có kích thước {shape2} (hàng × cột). Hãy dùng các vùng cùng kích thước, hoặc một ô duy nhất để áp dụng cho mọi hàng. Một hàng và một cột không khớp nhau dù dài bằng nhau.",
  "fn.result_not_finite": "các giá trị đầu vào cho kết quả không phải là một số hữu hạn. Hãy kiểm tra các giá trị quá lớn hoặc quá nhỏ.",

  "kpi.direction_invalid":
    "chiều đánh giá (direction) \"{value}\" không hợp lệ. Hãy dùng \"cao\", \"thấp\" hoặc \"mục tiêu\" (hoặc nhãn trong danh sách thả xuống của tab KPI), hoặc để trống.",
  "kpi.threshold_equals_target":
    "định mức tối thiểu ({threshold}) bằng mục tiêu ({target}) nên không tính được điểm. Hãy đặt định mức thấp hơn mục tiêu nếu càng cao càng tốt, hoặc cao hơn mục tiêu nếu càng thấp càng tốt.",
  "kpi.higher_threshold_not_below":
    "chiều đánh giá là \"cao\" nhưng định mức tối thiểu ({threshold}) không thấp hơn mục tiêu ({target}). Hãy hạ định mức, hoặc đổi chiều đánh giá thành \"thấp\".",
  "kpi.lower_threshold_not_above":
    "chiều đánh giá là \"thấp\" nhưng định mức tối thiểu ({threshold}) không cao hơn mục tiêu ({target}). Hãy nâng định mức, hoặc đổi chiều đánh giá thành \"cao\".",
  "kpi.target_needs_threshold":
    "chiều \"mục tiêu\" (càng gần mục tiêu càng tốt) cần có định mức tối thiểu, tức mức mà tại đó điểm giảm về 0. Hãy thêm định mức, ví dụ KPI_SCORE(B2; 100; 80; \"mục tiêu\").",
  "kpi.higher_needs_positive_target":
    "mục tiêu là {target}. Khi không có định mức tối thiểu, điểm theo chiều \"càng cao càng tốt\" bằng thực tế ÷ mục tiêu nên mục tiêu phải lớn hơn 0. Hãy thêm định mức tối thiểu, hoặc dùng chiều \"thấp\" nếu càng thấp càng tốt.",
  "kpi.lower_needs_nonnegative_target":
    "mục tiêu là {target}. Khi không có định mức tối thiểu, chiều \"càng thấp càng tốt\" cần mục tiêu từ 0 trở lên. Hãy thêm định mức tối thiểu, hoặc kiểm tra lại dấu của mục tiêu.",
  "kpi.cap_below_one": "cap là {cap} nhưng phải từ 1 trở lên (1 nghĩa là điểm tối đa 100%). Dùng 1,2 để điểm có thể đạt tới 120%.",

  "churn.negative": "đối số {arg} là {value}. Số khách hàng và số tiền không thể âm: hãy nhập số dương.",
  "churn.lost_without_start":
    "customers_at_start bằng 0 nhưng customers_lost là {lost}. Tỷ lệ rời bỏ được tính bằng số khách hàng mất đi chia cho số khách hàng có ở đầu kỳ, nên khách hàng mới đến rồi rời đi trong kỳ không tính vào customers_lost.",
  "churn.lost_exceeds_start":
    "customers_lost ({lost}) lớn hơn customers_at_start ({start}). customers_lost chỉ đếm những khách hàng đã có ở đầu kỳ, vì vậy hãy loại những khách hàng mới đến rồi rời đi trong kỳ ra khỏi customers_lost.",
  "churn.periods_not_positive": "periods là {value} nhưng phải lớn hơn 0. Dùng 12 để đổi tỷ lệ theo tháng thành tỷ lệ theo năm.",

  "ltv.three_arguments":
    "nhận 2 đối số (ltv; cac) hoặc 4 đến 5 đối số (arpa; gross_margin; churn_rate; cac; [max_lifetime]), không nhận 3. Hãy thêm cac, hoặc chỉ giữ ltv và cac.",
  "ltv.arpa_negative": "arpa là {value}, nhưng doanh thu trung bình trên mỗi khách hàng không thể âm. Hãy nhập số tiền dương cho mỗi kỳ.",
  "ltv.margin_above_one":
    "gross_margin là {value}, nhưng biên lợi nhuận gộp là tỷ lệ trên doanh thu, từ 0 đến 1. Hãy nhập 80% (hoặc 0,8) cho biên lợi nhuận 80%.",
  "ltv.margin_not_positive": "gross_margin là {value}. Biên lợi nhuận phải lớn hơn 0, ví dụ 60%, nếu không khách hàng sẽ không bao giờ hoàn vốn.",
  "ltv.churn_out_of_range": "churn_rate là {value} nhưng phải nằm trong khoảng 0 đến 1 mỗi kỳ. Hãy nhập 5% (hoặc 0,05) cho 5% mỗi tháng.",
  "ltv.churn_zero_unbounded":
    "churn_rate bằng 0 nên khách hàng không bao giờ rời đi và giá trị trọn đời không có giới hạn. Hãy thêm max_lifetime (ví dụ 36 tháng) để giới hạn vòng đời.",
  "ltv.cac_not_positive": "cac là {value}, nhưng chi phí có được một khách hàng phải lớn hơn 0. Hãy nhập chi phí cho mỗi khách hàng mới, hoặc dùng CAC(spend; new_customers).",
  "ltv.max_lifetime_not_positive": "max_lifetime là {value} nhưng phải lớn hơn 0 kỳ (ví dụ 36 tháng).",

  "burn.negative":
    "đối số {arg} là {value}. Hãy nhập số tiền là số dương: tiền chi ra ở cash_out, tiền thu vào ở cash_in.",
  "burn.months_not_positive": "months là {value} nhưng phải lớn hơn 0.",

  "runway.negative_cash": "cash_balance là {value}, nhưng số tiền hiện có không thể âm. Hãy nhập số dư là số dương.",
  "cac.negative": "đối số {arg} là {value}. Chi phí và số khách hàng không thể âm: hãy nhập số dương.",
};
