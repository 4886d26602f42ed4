import { communeLabel } from "../../answers/labels.js";

/** A period of another year than the chat's plan: no plan, so no report; says which year there is. */
export function noPlanForYear(communeName: string, asked: number, planYear: number): string {
  return `${capitalizeFirst(communeLabel(communeName))} chưa có kế hoạch năm ${asked} trong nhóm này, nên chưa lập được báo cáo năm ${asked}. Nhóm đang theo dõi kế hoạch năm ${planYear}: gõ /baocao để nhận báo cáo năm ${planYear}.`;
}

function capitalizeFirst(text: string): string {
  return text ? text[0]?.toLocaleUpperCase("vi") + text.slice(1) : text;
}

/** Captions of the files sent after the chart, which carries the summary. */
/** Added to the draft report's caption when its prose was worded by the language model. */
export const MODEL_WORDED =
  "Lời văn các phần I–III do mô hình ngôn ngữ viết từ số liệu của xã (mọi con số đã được đối chiếu); đề nghị rà soát trước khi ban hành.";

export const FILE_CAPTIONS = {
  appendixDocx: "Phụ lục kết quả thực hiện (Word), theo mẫu phụ lục báo cáo.",
  appendixXlsx: "Phụ lục kết quả thực hiện (Excel): số liệu dạng số để tổng hợp.",
  draftDocx: "Dự thảo báo cáo (Word) để Văn phòng chỉnh sửa trước khi trình ký.",
} as const;
