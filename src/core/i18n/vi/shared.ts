import type { sharedMessagesEn } from "../en/shared";

/** Nhãn mà các hàm tùy chỉnh và menu cần, nên nằm trong Code.js. */
export const sharedMessagesVi: Record<keyof typeof sharedMessagesEn, string> = {
  "sheet.direction.higher": "Càng cao càng tốt",
  "sheet.direction.lower": "Càng thấp càng tốt",
  "sheet.direction.target": "Càng gần mục tiêu càng tốt",

  "menu.open_sidebar": "Tạo tab KPI…",
  "menu.build_scorecard": "Lập thẻ điểm cân bằng (BSC)",
  "menu.help": "Hướng dẫn",
};
