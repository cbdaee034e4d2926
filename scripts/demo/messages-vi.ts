import type { DemoMessageKey } from "./messages-en";

/** Thông báo của `npm run demo`: lỗi tùy chọn, lỗi tệp đầu vào và ghi chú về tab được nhập. */
export const demoMessagesVi: Record<DemoMessageKey, string> = {
  "option.language":
    '--language phải là vi hoặc en, không phải "{value}". Hãy chạy lại với --language vi hoặc --language en.',
  "option.layout": '--layout phải là basic hoặc full, không phải "{value}". Hãy chạy lại với --layout basic hoặc --layout full.',
  "option.generate": '--generate "{value}" không hợp lệ. Hãy dùng "all" hoặc danh sách các khóa sau, cách nhau bằng dấu phẩy: {known}.',

  "input.extension":
    '--input phải là tệp .xlsx hoặc .csv, không phải "{file}". Hãy lưu bảng dưới dạng CSV hoặc bảng tính Excel (.xlsx) rồi truyền tệp đó.',
  "input.not_found":
    "Không tìm thấy tệp --input: {path}. Hãy kiểm tra tên tệp và thư mục. npm run demo đọc đường dẫn tương đối từ {folder}.",
  "input.directory": '--input "{file}" là một thư mục. Hãy truyền đường dẫn của một tệp .csv hoặc .xlsx trong thư mục đó.',
  "input.unreadable": 'Không đọc được tệp --input "{file}": {reason}. Hãy kiểm tra tệp có tồn tại và bạn có quyền đọc tệp.',
  "input.empty": 'Tệp --input "{file}" trống. Hãy xuất lại bảng KPI, có dòng tiêu đề như KPI, Thực tế, Mục tiêu.',
  "input.csv_binary":
    'Tệp --input "{file}" không phải tệp văn bản CSV vì có chứa dữ liệu nhị phân. Nếu đó là bảng tính Excel, hãy đổi đuôi tệp thành .xlsx; nếu không, hãy lưu bảng dưới dạng CSV.',
  "input.csv_encoding":
    'Tệp --input "{file}" không phải văn bản UTF-8. Hãy lưu lại bằng "CSV UTF-8" trong Excel, hoặc tải xuống từ Google Trang tính dưới dạng .csv.',
  "input.xlsx_format":
    'Tệp --input "{file}" không phải bảng tính .xlsx. Hãy mở tệp bằng Excel hoặc Google Trang tính rồi lưu dưới dạng .xlsx (cách này cũng chuyển được tệp .xls cũ), hoặc truyền một tệp .csv.',
  "input.xlsx_failed":
    'Không đọc được tệp --input "{file}" như một bảng tính .xlsx: {reason}. Hãy mở tệp bằng Excel hoặc Google Trang tính rồi lưu lại dưới dạng .xlsx.',

  "tab.taken":
    'Tên tab "{wanted}" trùng với một tab khác (tab đầu tiên của bảng tính mới, hoặc tab tổng hợp hay tab lịch sử của tiện ích), nên "{file}" được nhập vào tab "{tab}".',
  "tab.cut": 'Tên tệp dài hơn giới hạn {max} ký tự của tên tab, nên "{file}" được nhập vào tab "{tab}".',
  "tab.blank": 'Tên tệp khi bỏ đuôi .csv chỉ còn khoảng trắng, nên "{file}" được nhập vào tab "{tab}".',
  "csv.semicolon": 'Tệp "{file}" được đọc với dấu chấm phẩy phân cách các cột và dấu "," là dấu thập phân ("1.234,5" là 1234,5).',
  "csv.tab": 'Tệp "{file}" được đọc với ký tự tab phân cách các cột.',

  "run.scorecard_failed": "Tiện ích không dựng được thẻ điểm: {message}",
  "run.workbook_written": "Đã ghi bảng tính vào {path}",
  "run.catalog_written.one": "Đã ghi {count} tab KPI vào {path}",
  "run.catalog_written.other": "Đã ghi {count} tab KPI vào {path}",
};
