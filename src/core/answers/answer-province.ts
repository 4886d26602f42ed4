import { dayOf } from "../calendar/local-time.js";
import { shortDate } from "../calendar/vietnamese-dates.js";
import type { Catalog } from "../catalog/catalog-schema.js";
import { formatPercent } from "../numbers/format-percent.js";
import type { ProvinceFocus, ProvinceQuestion } from "../parsing/province-question.js";
import { resolveCode } from "../parsing/resolve-code.js";
import type { ProvinceRollup, RollupCommune, RollupIndicator } from "../reports/province-rollup.js";
import { foldVietnamese } from "../text/fold-vietnamese.js";
import { codeAndName, communeLabel } from "./labels.js";

/** A province's roll-up under one catalog, with the catalog it was judged by. */
export interface ProvinceView {
  catalog: Catalog;
  rollup: ProvinceRollup;
}

/** At most this many communes or indicators are named in one answer. */
const LISTED = 15;
const WEAKEST = 10;

/** "Thúy Sơn, Hoằng Phụ và 3 xã khác"; "1.1, 1.2 và 19 chỉ tiêu khác" */
function nameList(names: readonly string[], noun = "xã"): string {
  const shown = names.slice(0, LISTED).join(", ");
  return names.length > LISTED ? `${shown} và ${names.length - LISTED} ${noun} khác` : shown;
}

function dataDate(now: Date, timeZone: string): string {
  return `Số liệu mới nhất các xã đã xác nhận, đến ngày ${shortDate(dayOf(now, timeZone))}.`;
}

/** The communes' names folded, to find one named in a question. */
export function foldedCommuneNames(views: readonly ProvinceView[]): string[] {
  return views.flatMap((view) => view.rollup.communes.map((commune) => foldVietnamese(commune.name).toLowerCase()));
}

/**
 * Answers a question asked in a province or oversight chat from the province roll-up:
 * which communes meet an indicator and which do not, the communes' progress, the
 * indicators most communes miss, one commune. Communes under different catalogs are
 * answered catalog by catalog. Only the province's own communes are in `views`.
 */
export function answerProvinceQuestion(
  question: ProvinceQuestion,
  province: string,
  views: readonly ProvinceView[],
  now: Date,
  timeZone: string,
): string {
  if (question.kind === "help") return provinceHelp(province);
  if (views.length === 0)
    return `Chưa có xã, phường nào của tỉnh ${province} dùng Xã Số. Khi các xã được đăng ký, nhóm này xem được số liệu của họ.`;
  const blocks = blocksFor(question, province, views);
  if (blocks.length === 0)
    return question.kind === "indicator"
      ? `Không có chỉ tiêu ${question.code} trong bộ chỉ tiêu các xã tỉnh ${province} đang dùng. Gõ /huongdan để xem cách hỏi.`
      : `Không tìm thấy xã ${question.kind === "commune" ? question.name : ""} trong tỉnh ${province}.`;
  const heading = (view: ProvinceView) => (views.length > 1 ? `[${view.rollup.catalogTitle}]\n` : "");
  return [...blocks.map(({ view, text }) => `${heading(view)}${text}`), dataDate(now, timeZone)].join("\n\n");
}

function blocksFor(
  question: Exclude<ProvinceQuestion, { kind: "help" }>,
  province: string,
  views: readonly ProvinceView[],
): Array<{ view: ProvinceView; text: string }> {
  const blocks: Array<{ view: ProvinceView; text: string }> = [];
  for (const view of views) {
    const text = blockFor(question, province, view);
    if (text) blocks.push({ view, text });
  }
  return blocks;
}

function blockFor(
  question: Exclude<ProvinceQuestion, { kind: "help" }>,
  province: string,
  view: ProvinceView,
): string | null {
  switch (question.kind) {
    case "indicator": {
      const resolved = resolveCode(question.code, view.catalog);
      if (resolved.kind !== "exact") return null;
      const row = view.rollup.perIndicator.find((item) => item.code === resolved.code);
      return row ? indicatorAcrossCommunes(row, question.focus, view.rollup.communes.length) : null;
    }
    case "progress":
      return progress(province, view.rollup);
    case "weakest":
      return weakest(view);
    case "commune": {
      const commune = view.rollup.communes.find((c) => foldVietnamese(c.name).toLowerCase() === question.name);
      return commune ? oneCommune(commune, view.rollup) : null;
    }
  }
}

/** "Chỉ tiêu 3.2 – …: 5/8 xã Đạt. • Chưa đạt (2): … • Chưa có số liệu (1): …" */
function indicatorAcrossCommunes(row: RollupIndicator, focus: ProvinceFocus, communes: number): string {
  const assessed = communes - row.notAssessed;
  const lines = [`Chỉ tiêu ${row.code} – ${row.name}: ${row.met}/${assessed} xã Đạt.`];
  const unmet = row.unmetCommunes.length
    ? `• Chưa đạt (${row.unmet}): ${nameList(row.unmetCommunes)}.`
    : "• Không có xã nào Chưa đạt.";
  const noData = row.noDataCommunes.length
    ? `• Chưa có số liệu (${row.noData}): ${nameList(row.noDataCommunes)}.`
    : "• Xã nào cũng đã có số liệu.";
  switch (focus) {
    case "unmet":
      lines.push(unmet);
      if (row.noData) lines.push(noData);
      break;
    case "no-data":
      lines.push(noData);
      break;
    case "met":
      lines.push(`• Còn ${row.unmet} xã Chưa đạt, ${row.noData} xã chưa có số liệu.`);
      break;
    case "all":
      lines.push(unmet, noData);
      break;
  }
  if (row.notAssessed) lines.push(`• Không đánh giá: ${row.notAssessed} xã.`);
  return lines.join("\n");
}

function share(commune: RollupCommune): string {
  const percent = commune.assessed ? formatPercent(commune.met, commune.assessed) : null;
  return `${commune.met}/${commune.assessed} chỉ tiêu Đạt${percent ? ` (${percent})` : ""}`;
}

/** The communes from most to fewest indicators met. */
function progress(province: string, rollup: ProvinceRollup): string {
  const ranked = [...rollup.communes].sort(
    (a, b) => b.met / Math.max(b.assessed, 1) - a.met / Math.max(a.assessed, 1) || a.name.localeCompare(b.name, "vi"),
  );
  const lines = [`Tiến độ ${rollup.communes.length} xã, phường tỉnh ${province}:`];
  ranked.slice(0, LISTED).forEach((commune, index) => {
    lines.push(`${index + 1}. ${communeLabel(commune.name)}: ${share(commune)}`);
  });
  if (ranked.length > LISTED) lines.push(`… và ${ranked.length - LISTED} xã khác (xem đủ: xaso report --province).`);
  return lines.join("\n");
}

/** The indicators the most communes have not met or not reported. */
function weakest({ rollup, catalog }: ProvinceView): string {
  const byCode = new Map(catalog.indicators.map((indicator) => [indicator.code, indicator]));
  const rows = rollup.perIndicator
    .filter((row) => row.unmet + row.noData > 0)
    .sort((a, b) => b.unmet - a.unmet || b.noData - a.noData);
  if (rows.length === 0) return "Mọi xã đều đạt mọi chỉ tiêu được đánh giá.";
  const lines = ["Chỉ tiêu nhiều xã chưa đạt nhất:"];
  for (const row of rows.slice(0, WEAKEST)) {
    const indicator = byCode.get(row.code);
    lines.push(
      `• ${indicator ? codeAndName(indicator) : `${row.code} ${row.name}`}: ${row.unmet} xã chưa đạt, ${row.noData} xã chưa có số liệu`,
    );
  }
  lines.push('Hỏi "xã nào chưa đạt 3.2?" để xem tên các xã.');
  return lines.join("\n");
}

function oneCommune(commune: RollupCommune, rollup: ProvinceRollup): string {
  const codes = (status: string) =>
    rollup.indicators.filter((_, index) => commune.statuses[index] === status).map((indicator) => indicator.code);
  const unmet = codes("unmet");
  const noData = codes("no-data");
  return [
    `${communeLabel(commune.name)} (kế hoạch năm ${commune.year}): ${share(commune)}.`,
    `• Chưa đạt: ${unmet.length ? unmet.join(", ") : "không có"}.`,
    `• Chưa có số liệu: ${noData.length ? nameList(noData, "chỉ tiêu") : "không có"}.`,
  ].join("\n");
}

function provinceHelp(province: string): string {
  return [
    `Nhóm theo dõi của tỉnh ${province}: xem kết quả các xã, phường (chỉ xem, không nhập số liệu). Có thể hỏi:`,
    '• "xã nào chưa đạt 3.2?", "xã nào chưa có số liệu 3.4?", "bao nhiêu xã đạt 3.2?", "3.2 thế nào?"',
    '• "tiến độ các xã" hoặc /tiendo',
    '• "chỉ tiêu nào nhiều xã chưa đạt nhất?" hoặc /chuadat',
    '• "xã Thúy Sơn thế nào?"',
  ].join("\n");
}
