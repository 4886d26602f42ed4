import type { Catalog } from "../catalog/catalog-schema.js";
import { type Answer, answerOf } from "./answer.js";
import { helpExamples } from "./help-examples.js";
import { shortLabel } from "./short-name.js";

function commandLines(code: string | null): string[] {
  const correction = code === null ? '"sửa …"' : `"sửa ${code} …"`;
  return [
    "Các lệnh:",
    "• /capnhat — cập nhật số liệu từng bước",
    "• /chuadat — chỉ tiêu chưa đạt",
    "• /tiendo — tiến độ chung",
    "• /lichhop — lịch họp, hạn nộp",
    "• /thamgia — đăng ký tham gia Ban chỉ đạo",
    "• /huongdan — xem lại hướng dẫn này",
    `• ${correction} — sửa số đã gửi; "hoàn tác" — bỏ lần cập nhật vừa rồi; "hủy" — dừng thao tác đang làm`,
    `• Hỏi "${code ?? "mã chỉ tiêu"} thế nào?" để xem chi tiết một chỉ tiêu, "ai chưa cập nhật?" để xem còn thiếu số liệu nào.`,
  ];
}

const NO_DIACRITICS = 'Gõ không dấu cũng được, ví dụ "chi tieu nao chua dat", "tien do".';

function exampleLines(catalog: Catalog): { lines: string[]; code: string | null } {
  const { ratio, percent, yesNo, count } = helpExamples(catalog);
  const lines: string[] = [];
  if (ratio?.measure.kind === "ratio")
    lines.push(`• ${ratio.code}: 6.608/8.315 — tỷ lệ ${shortLabel(ratio)}: số ${ratio.measure.unit} đạt / tổng số`);
  if (percent) lines.push(`• ${percent.code}: 79,4% — khi chỉ có tỷ lệ phần trăm (${shortLabel(percent)})`);
  if (yesNo) lines.push(`• ${yesNo.code}: có — chỉ tiêu có/chưa có (${shortLabel(yesNo)})`);
  if (count?.measure.kind === "count")
    lines.push(`• ${count.code}: 2 — số ${count.measure.unit} (${shortLabel(count)})`);
  const sample = ratio ?? percent ?? yesNo ?? count ?? catalog.indicators[0];
  return { lines, code: sample?.code ?? null };
}

/**
 * Answers "hướng dẫn" (/huongdan): how to send figures, with real codes from the commune's
 * catalog (a count/total ratio such as "3.1: 6.608/8.315", a bare percent, a yes/no, a
 * count), the commands, and that Vietnamese may be typed without diacritics. The numbers are
 * examples; the codes, names and units come from the catalog.
 *
 * `catalog` is null in a chat not yet linked to a commune: the help then explains the
 * commands without example codes, since no code would be real there.
 */
export function helpText(catalog: Catalog | null): Answer {
  if (catalog === null) {
    return answerOf([
      "Hướng dẫn dùng Xã Số",
      "",
      "Gửi số liệu: gõ mã chỉ tiêu rồi con số — tử số/mẫu số, tỷ lệ phần trăm, hoặc có/chưa có. Nhóm này chưa được gắn với xã nào nên chưa có ví dụ theo mã chỉ tiêu của xã.",
      "",
      ...commandLines(null),
      "",
      NO_DIACRITICS,
    ]);
  }
  const examples = exampleLines(catalog);
  return answerOf([
    `Hướng dẫn dùng Xã Số (${catalog.title})`,
    "",
    "Gửi số liệu: gõ mã chỉ tiêu và con số, ví dụ:",
    ...examples.lines,
    "Xã Số đọc lại để anh/chị xác nhận rồi mới lưu.",
    "",
    ...commandLines(examples.code),
    "",
    NO_DIACRITICS,
  ]);
}
