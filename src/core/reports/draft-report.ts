import {
  type CalendarDate,
  catalogDeadlineDate,
  dayNumber,
  formatDate,
  formatInstantDate,
  localDateTime,
} from "../answers/calendar.js";
import { capitalize } from "../answers/labels.js";
import type { CommuneSnapshot } from "../conversation/commune-snapshot.js";
import { formatNumber } from "../numbers/format-number.js";
import { type CommuneReport, type IndicatorRow, reportRows } from "./commune-report.js";

/** A heading with its paragraphs and bullet points. */
export interface DraftSection {
  readonly heading: string;
  readonly paragraphs: readonly string[];
  readonly bullets: readonly string[];
  /** Sub-sections, e.g. one per pillar under "Kết quả đạt được". */
  readonly parts: readonly DraftSection[];
}

/**
 * A draft of the report itself ("Báo cáo kết quả thực hiện chuyển đổi số …"), in the
 * structure of the source reports: results per pillar with the figures, shortcomings from
 * the unmet indicators and their gaps, tasks from the deadlines ahead, "(Có Phụ lục kèm
 * theo)". Written from templates and the data, for the committee to edit.
 */
export interface DraftReport {
  readonly issuer: string;
  readonly placeAndDate: string;
  readonly title: string;
  readonly subtitle: string;
  readonly intro: string;
  readonly sections: readonly DraftSection[];
  readonly closing: string;
}

const section = (heading: string, paragraphs: string[], bullets: string[] = [], parts: DraftSection[] = []) => ({
  heading,
  paragraphs,
  bullets,
  parts,
});

/** The indicator's name without a closing full stop, to go mid-sentence. */
const nameOf = (row: IndicatorRow): string => row.name.replace(/[.\s]+$/u, "");

function figureLine(row: IndicatorRow): string {
  return `${row.code}. ${nameOf(row)}: ${row.result} (chỉ tiêu ${row.target}).`;
}

function shortcomingLine(row: IndicatorRow): string {
  const gap = row.note.split(". ")[0] ?? "";
  const why =
    row.status === "unmet" && /^(Còn thiếu|Cần giảm)/.test(gap)
      ? `; ${gap.replace(/\.$/, "").toLocaleLowerCase("vi")}`
      : "";
  return `${row.code}. ${nameOf(row)}: ${row.result}, chưa đạt chỉ tiêu ${row.target}${why}.`;
}

interface Upcoming {
  readonly date: CalendarDate;
  readonly text: string;
}

function upcoming(report: CommuneReport, snapshot: CommuneSnapshot, now: Date, timeZone: string): Upcoming[] {
  const today = dayNumber(localDateTime(now, timeZone));
  const byDate = new Map<number, { date: CalendarDate; codes: string[] }>();
  for (const row of reportRows(report)) {
    if (row.status === "met" || row.status === "not-assessed") continue;
    const indicator = snapshot.catalog.indicators.find((candidate) => candidate.code === row.code);
    const date = indicator?.deadline ? catalogDeadlineDate(indicator.deadline, report.period.year) : null;
    if (!date || dayNumber(date) < today) continue;
    const entry = byDate.get(dayNumber(date)) ?? { date, codes: [] };
    entry.codes.push(row.code);
    byDate.set(dayNumber(date), entry);
  }
  const items: Upcoming[] = [...byDate.values()].map(({ date, codes }) => ({
    date,
    text: `Trước ngày ${formatDate(date)}: hoàn thành và cập nhật số liệu, minh chứng các chỉ tiêu ${codes.join(", ")}.`,
  }));
  for (const item of snapshot.scheduled) {
    if (item.at.getTime() < now.getTime()) continue;
    const where = item.location ? ` tại ${item.location}` : "";
    items.push({
      date: localDateTime(item.at, timeZone),
      text: `Ngày ${formatInstantDate(item.at, timeZone)}: ${item.title}${where}.`,
    });
  }
  return items.sort((a, b) => dayNumber(a.date) - dayNumber(b.date));
}

/**
 * Builds the draft report from a commune report and the snapshot it came from (for the
 * catalog's deadlines and the committee's meetings). `now` decides which deadlines are
 * still ahead.
 */
export function buildDraftReport(
  report: CommuneReport,
  snapshot: CommuneSnapshot,
  now: Date,
  timeZone: string,
): DraftReport {
  const rows = reportRows(report);
  const total = report.total;
  const points = report.scored
    ? ` Điểm tự đánh giá ước tính ${formatNumber(total.pointsEarned)}/${formatNumber(report.catalogPointsMax)} điểm.`
    : "";
  const overview = `Tính đến ngày ${formatInstantDate(report.asOf, timeZone)}, ${report.communeLabel} đạt ${total.met}/${total.assessed} chỉ tiêu được đánh giá; ${total.unmet} chỉ tiêu chưa đạt, ${total.noData} chỉ tiêu chưa có số liệu${total.notAssessed ? `, ${total.notAssessed} chỉ tiêu không đánh giá trong kỳ` : ""}.${points}`;

  const pillars = report.sections.map((part) => {
    const met = part.rows.filter((row) => row.status === "met");
    const groupPoints =
      report.scored && part.group.tally.pointsMax > 0
        ? `; ${formatNumber(part.group.tally.pointsEarned)}/${formatNumber(part.group.tally.pointsMax)} điểm`
        : "";
    const lead = met.length
      ? "Các chỉ tiêu đã đạt:"
      : "Chưa có chỉ tiêu nào của nhóm này được ghi nhận là đạt trong kỳ.";
    return section(
      `${part.group.code}. ${capitalize(part.group.name)} (${part.group.metText}${groupPoints})`,
      [lead],
      met.map(figureLine),
    );
  });

  const unmet = rows.filter((row) => row.status === "unmet");
  const missing = rows.filter((row) => row.status === "no-data");
  const shortcomings = unmet.map(shortcomingLine);
  if (missing.length)
    shortcomings.push(`Còn ${missing.length} chỉ tiêu chưa có số liệu: ${missing.map((row) => row.code).join(", ")}.`);
  if (!shortcomings.length) shortcomings.push("Các chỉ tiêu được đánh giá trong kỳ đều đã đạt.");

  const tasks = upcoming(report, snapshot, now, timeZone).map((item) => item.text);
  if (unmet.length)
    tasks.push(`Tập trung chỉ đạo nâng kết quả các chỉ tiêu chưa đạt: ${unmet.map((row) => row.code).join(", ")}.`);
  if (missing.length) tasks.push("Các thành viên BCĐ được phân công cập nhật đầy đủ số liệu và minh chứng còn thiếu.");
  tasks.push("Duy trì họp Ban chỉ đạo chuyển đổi số định kỳ, đánh giá tiến độ và báo cáo UBND tỉnh theo quy định.");

  return {
    issuer: report.issuer,
    placeAndDate: report.placeAndDate,
    title: "BÁO CÁO",
    subtitle: `Kết quả thực hiện chuyển đổi số ${report.periodLabel} trên địa bàn ${report.communeLabel}`,
    intro: `Thực hiện ${report.catalogTitle} (${report.catalogSource}), UBND ${report.communeLabel} báo cáo kết quả thực hiện chuyển đổi số ${report.periodLabel} như sau:`,
    sections: [
      section("I. KẾT QUẢ ĐẠT ĐƯỢC", [overview], [], pillars),
      section("II. TỒN TẠI, HẠN CHẾ", [], shortcomings),
      section("III. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI", [], tasks),
    ],
    closing: "(Có Phụ lục kèm theo)",
  };
}

function sectionMarkdown(part: DraftSection, depth: number): string[] {
  const lines = [`${"#".repeat(depth)} ${part.heading}`, ""];
  for (const paragraph of part.paragraphs) lines.push(paragraph, "");
  if (part.bullets.length) lines.push(...part.bullets.map((bullet) => `- ${bullet}`), "");
  for (const sub of part.parts) lines.push(...sectionMarkdown(sub, depth + 1));
  return lines;
}

/** The draft as Markdown, for the chat and for editing in any text editor. */
export function draftReportMarkdown(draft: DraftReport): string {
  return [
    `**${draft.issuer}**`,
    "",
    "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**  ",
    "**Độc lập - Tự do - Hạnh phúc**",
    "",
    `*${draft.placeAndDate}*`,
    "",
    `# ${draft.title}`,
    "",
    `**${draft.subtitle}**`,
    "",
    draft.intro,
    "",
    ...draft.sections.flatMap((part) => sectionMarkdown(part, 2)),
    draft.closing,
    "",
  ].join("\n");
}
