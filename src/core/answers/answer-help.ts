import type { Catalog, Indicator } from "../catalog/catalog-schema.js";
import { type Answer, answerOf } from "./answer.js";
import { shortLabel } from "./labels.js";

function commandLines(code: string | null): string[] {
  const correction = code === null ? '"sửa …"' : `"sửa ${code} …"`;
  return [
    "Các lệnh:",
    "• /capnhat — cập nhật số liệu từng bước",
    "• /chuadat — chỉ tiêu chưa đạt; /dadat — chỉ tiêu đã đạt",
    "• /tiendo — tiến độ chung; /diem — điểm (bộ chỉ tiêu có chấm điểm); /sosanh — so với năm trước",
    "• /thanhvien — thành viên BCĐ, vai trò, chỉ tiêu phụ trách; /xoathanhvien @Tên — xóa thành viên (trưởng ban, phó trưởng ban, thư ký)",
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

/** An indicator to name as an example: its code and the words officials call it by. */
export interface IndicatorExample {
  readonly code: string;
  readonly words: string;
}

/**
 * The indicator the /capnhat prompts give as an example of what to type ("ví dụ 3.2,
 * "tài khoản ngân hàng""): the help's bare-percent example, else another of its examples,
 * so the code and the words always exist in the commune's own catalog. Null for a catalog
 * without indicators.
 */
export function indicatorExample(catalog: Pick<Catalog, "indicators">): IndicatorExample | null {
  const { ratio, percent, yesNo, count } = helpExamples(catalog);
  const indicator = percent ?? ratio ?? yesNo ?? count ?? catalog.indicators[0];
  return indicator ? { code: indicator.code, words: shortLabel(indicator) } : null;
}

/** Real indicators of a catalog to show in the help text, one per way of reporting a figure. */
interface HelpExamples {
  /** A ratio reported as two counts, "3.1: 6.608/8.315". */
  readonly ratio?: Indicator;
  /** Another ratio reported as a bare percent, "3.2: 79,4%". */
  readonly percent?: Indicator;
  /** A yes/no or document indicator, "1.7: có". */
  readonly yesNo?: Indicator;
  /** A count, "I.4.1: 2". */
  readonly count?: Indicator;
}

const assessed = (indicator: Indicator): boolean => indicator.target !== null;

/** People and households are what a count-over-total most often measures at commune level. */
const populationRatio = (indicator: Indicator): boolean =>
  indicator.measure.kind === "ratio" &&
  (indicator.measure.unit === "người" || indicator.measure.unit === "hộ") &&
  typeof indicator.target?.value === "number" &&
  indicator.target.value < 100;

/**
 * Picks the help examples from the catalog itself, so every code shown exists: a
 * population ratio with a partial target when there is one (the classic "6.608/8.315
 * người"), another ratio for a bare percent, the first yes/no or document indicator and the
 * first count. Assessed indicators are preferred; a kind the catalog lacks is absent.
 */
function helpExamples(catalog: Pick<Catalog, "indicators">): HelpExamples {
  const pool =
    catalog.indicators.filter(assessed).length > 0 ? catalog.indicators.filter(assessed) : catalog.indicators;
  const ratios = pool.filter((indicator) => indicator.measure.kind === "ratio");
  const ratio = pool.find(populationRatio) ?? ratios[0];
  const percent =
    ratios.find((indicator) => indicator !== ratio && populationRatio(indicator)) ??
    ratios.find((indicator) => indicator !== ratio);
  const yesNo = pool.find((indicator) => indicator.measure.kind === "boolean" || indicator.measure.kind === "document");
  const count = pool.find((indicator) => indicator.measure.kind === "count");
  return {
    ...(ratio ? { ratio } : {}),
    ...(percent ? { percent } : {}),
    ...(yesNo ? { yesNo } : {}),
    ...(count ? { count } : {}),
  };
}
