import type { uiMessagesEn } from "../en/ui";

/** Menu, thanh bên và hộp thoại. */
export const uiMessagesVi: Record<keyof typeof uiMessagesEn, string> = {
  "help.title": "KPI & Thẻ điểm cân bằng",
  "help.body":
    "1. Tạo tab KPI… mở thanh bên: chọn một giai đoạn phát triển hoặc một bộ phận, tiện ích sẽ tạo tab KPI theo 12 bước xây dựng KPI.\n" +
    "2. Điền định mức tối thiểu, mục tiêu và kết quả thực tế cho từng KPI. Điểm, trạng thái và chênh lệch là công thức.\n" +
    "3. Dựng thẻ điểm cân bằng đọc mọi tab KPI, kể cả tab của bạn có cột KPI, Thực tế và Mục tiêu, rồi ghi ra tab tổng hợp.\n" +
    "Các hàm có thể gõ: KPI_SCORE, CHURN_RATE, LTV_CAC, BURN_RATE.",

  "scorecard.built": "Đã cập nhật thẻ điểm cân bằng ở tab \"{tab}\": điểm tổng thể {score}, {kpis} KPI từ {tabs} tab.",
  "scorecard.built_no_score": "Đã cập nhật thẻ điểm cân bằng ở tab \"{tab}\": chưa KPI nào có dữ liệu ({kpis} KPI từ {tabs} tab).",
  "scorecard.busy": "Một lần dựng thẻ điểm hoặc tạo tab KPI khác đang chạy trong bảng tính này. Vui lòng đợi một lát rồi thử lại.",
  "scorecard.failed": "Không dựng được thẻ điểm: {message}. Tab tổng hợp trước đó vẫn được giữ nguyên.",

  "sidebar.title": "KPI & BSC",
  "sidebar.language": "Ngôn ngữ",
  "sidebar.stages": "Giai đoạn phát triển",
  "sidebar.departments": "Bộ phận",
  "sidebar.pick_group": "Chọn một giai đoạn hoặc một bộ phận",
  "sidebar.kpis": "Các KPI sẽ đưa vào",
  "sidebar.layout": "Bố cục",
  "sidebar.layout.basic": "Cơ bản (4 bước cơ bản)",
  "sidebar.layout.full": "Đầy đủ (cả 12 bước)",
  "sidebar.objective": "Mục tiêu chiến lược",
  "sidebar.owner": "Người phụ trách",
  "sidebar.period": "Kỳ",
  "sidebar.tab_name": "Tab mới",
  "sidebar.generate": "Tạo tab KPI",
  "sidebar.working": "Đang tạo tab…",
  "sidebar.created": "Đã tạo:",
  "sidebar.open_tab": "Mở {tab}",
  "sidebar.loading": "Đang tải…",
  "sidebar.error": "Đã xảy ra lỗi: {message}",

  "sidebar.periods": "Các cột theo kỳ",
  "sidebar.year": "Năm",
  "sidebar.period_kind": "Theo dõi theo",
  "sidebar.period_kind.month": "Tháng",
  "sidebar.period_kind.quarter": "Quý",
  "sidebar.period_kind.week": "Tuần",
  "sidebar.reporting_period": "Kỳ báo cáo",
  "sidebar.reporting.title": "Chuyển kỳ báo cáo",
  "sidebar.reporting.apply": "Cập nhật các tab KPI",
  "sidebar.reporting.done": "Đã chuyển kỳ báo cáo sang {period} ở: {tabs}.",
  "sidebar.reporting.none": "Chưa có tab KPI nào có các cột kỳ này. Hãy tạo một tab bố cục đầy đủ trước.",
  "sidebar.mapping.title": "Các bảng thẻ điểm bỏ qua",
  "sidebar.mapping.load": "Xem các bảng bị bỏ qua",
  "sidebar.mapping.none": "Thẻ điểm đọc được mọi bảng trong bảng tính này.",
  "sidebar.mapping.map": "Ghép các cột của {tab}",
  "sidebar.mapping.mapped": "Đã ghép thủ công",
  "sidebar.mapping.header_row": "Hàng tiêu đề",
  "sidebar.mapping.not_used": "— không dùng —",
  "sidebar.mapping.tab_perspective": "Khía cạnh cho mọi KPI trong tab này",
  "sidebar.mapping.from_column": "Theo một cột, hoặc chưa phân loại",
  "sidebar.mapping.preview": "Các hàng đầu của bảng",
  "sidebar.mapping.save": "Lưu cách ghép",
  "sidebar.mapping.saved": "Đã lưu. Lần dựng thẻ điểm tới sẽ đọc {count} KPI từ tab {tab}.",
  "sidebar.mapping.column": "Cột {letter}: {header}",

  "request.mapping_incomplete": "Hãy chọn các cột chứa tên KPI, thực tế và mục tiêu (còn thiếu: {missing}).",
  "request.mapping_duplicate": "Cột {column} đang được chọn cho hai mục. Hãy chọn cột khác nhau cho mỗi mục.",
  "request.mapping_outside": "Cột {column} nằm ngoài bảng, vốn chỉ có {columns} cột. Hãy tải lại danh sách rồi chọn lại.",
  "request.unknown_tab": "Tab đó không còn nữa, hoặc là tab của tiện ích. Hãy tải lại danh sách các bảng bị bỏ qua.",

  "request.invalid": "Yêu cầu không hợp lệ ({issues}). Hãy tải lại thanh bên rồi thử lại.",
  "request.unknown_group": "Không có giai đoạn hay bộ phận nào tên \"{key}\". Hãy tải lại thanh bên và chọn lại.",
  "request.no_kpis": "Chưa chọn KPI nào. Hãy đánh dấu ít nhất một KPI để tạo tab.",
  "request.unknown_kpi": "KPI {id} không có trong danh mục của {group}. Hãy tải lại thanh bên và chọn lại các KPI.",
  "catalog.invalid": "Danh mục KPI đi kèm tiện ích bị lỗi ({issues}). Hãy cài đặt lại hoặc cập nhật tiện ích.",
};
