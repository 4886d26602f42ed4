import { parseArgs } from "node:util";
import { type CatalogOverview, catalogOverview } from "../../core/catalog/catalog-overview.js";
import type { Catalog, Indicator, IndicatorGroup } from "../../core/catalog/catalog-schema.js";
import { describeRequirement } from "../../core/catalog/describe-requirement.js";
import { formatNumber } from "../../core/numbers/format-number.js";
import { displayWidth, padToWidth, wrapToWidth } from "../../core/text/display-width.js";
import { type CliCommand, exitCode } from "../cli-command.js";
import { findCatalogOrExplain } from "../find-catalog.js";

/** `xaso catalog show ID`: the catalog as a readable list, group by group. */
export const catalogShowCommand: CliCommand = {
  name: "catalog show",
  summary: "Xem một bộ chỉ tiêu: mã, tên, đơn vị, chỉ tiêu, điểm, hạn",
  usage: "xaso catalog show ID",
  async run(args, { io, config }) {
    const { positionals } = parseArgs({ args, allowPositionals: true });
    const id = positionals[0];
    if (!id) {
      io.err(`Thiếu mã bộ chỉ tiêu. Cách dùng: ${this.usage}`);
      return exitCode.usage;
    }
    const catalog = await findCatalogOrExplain(id, { io, config });
    if (!catalog) return exitCode.failed;
    io.out(renderCatalog(catalog));
    return exitCode.ok;
  },
};

/** Columns of the listing: it fits an 80-column terminal, the narrowest one still common. */
const LINE_WIDTH = 80;
const INDENT = "  ";
const GAP = "  ";
/** Extra indent of a wrapped fact or formula, so its next line is not read as a new fact. */
const HANG = "  ";

/**
 * Renders a catalog as plain text for an 80-column terminal: codes in one column as wide as
 * the longest (VIII.1.1), names and facts wrapped beside them, each target read plainly
 * ("Không có sự cố nào", "Đạt khi: có"), and a deadline shared by a whole group said once
 * in its heading instead of on every line.
 */
export function renderCatalog(catalog: Catalog): string {
  const codeWidth = Math.max(...catalog.indicators.map((indicator) => displayWidth(indicator.code)));
  const margin = " ".repeat(INDENT.length + codeWidth + GAP.length);
  const overview = catalogOverview(catalog);
  const lines = [
    ...wrapToWidth(catalog.title, LINE_WIDTH),
    `Mã bộ: ${catalog.id} · phiên bản ${catalog.version} · ${sizeOf(overview)}`,
    ...hanging(`Căn cứ: ${catalog.source}`, "", LINE_WIDTH),
  ];
  catalog.groups.forEach((group, index) => {
    const members = catalog.indicators.filter((indicator) => indicator.group === group.code);
    const deadline = sharedDeadline(members);
    lines.push("", ...hanging(groupHeading(group, overview.groups[index]?.points ?? null, deadline), "", LINE_WIDTH));
    for (const indicator of members) {
      const [first = "", ...rest] = wrapToWidth(indicator.name, LINE_WIDTH - margin.length);
      lines.push(`${INDENT}${padToWidth(indicator.code, codeWidth)}${GAP}${first}`);
      lines.push(...rest.map((line) => margin + line));
      lines.push(...detailLines(indicator, deadline === undefined, margin));
    }
  });
  return lines.join("\n");
}

/** "37 chỉ tiêu", or "79 chỉ tiêu, tổng 600 điểm" for a scored catalog. */
function sizeOf(overview: CatalogOverview): string {
  const count = `${overview.indicators} chỉ tiêu`;
  return overview.points === null ? count : `${count}, tổng ${formatNumber(overview.points)} điểm`;
}

/**
 * "II. THỂ CHẾ SỐ · 25 điểm · hạn cả nhóm: 31/10": its points in a scored catalog, and its
 * deadline when every indicator of the group is due the same day.
 */
function groupHeading(group: IndicatorGroup, points: number | null, deadline: string | undefined): string {
  return [
    `${group.code}. ${group.name.toLocaleUpperCase("vi")}`,
    ...(points === null ? [] : [`${formatNumber(points)} điểm`]),
    ...(deadline ? [`hạn cả nhóm: ${deadline}`] : []),
  ].join(" · ");
}

/** The deadline all of a group's indicators share, or undefined when any differs or is missing. */
function sharedDeadline(members: readonly Indicator[]): string | undefined {
  const first = members[0]?.deadline;
  return first !== undefined && members.every((indicator) => indicator.deadline === first) ? first : undefined;
}

/**
 * Unit and target read plainly (with the figure to enter where the name reads the other way),
 * points, the deadline unless the group's heading says it, the formula.
 */
function detailLines(indicator: Indicator, ownDeadline: boolean, margin: string): string[] {
  const requirement = describeRequirement(indicator, indicator.target);
  const facts = [
    ...(requirement.unit ? [`Đơn vị: ${requirement.unit}`] : []),
    `${requirement.label}: ${requirement.text}`,
    ...(requirement.figure ? [`Số liệu nhập: ${requirement.figure}`] : []),
    ...(indicator.points ? [`Điểm tối đa: ${formatNumber(indicator.points.max)}`] : []),
    ...(ownDeadline && indicator.deadline ? [`Hạn: ${indicator.deadline}`] : []),
  ];
  const width = LINE_WIDTH - margin.length;
  const lines = joinFacts(facts, width).flatMap((line) => hanging(line, margin, LINE_WIDTH));
  if (indicator.formula) lines.push(...hanging(`Cách tính: ${indicator.formula}`, margin, LINE_WIDTH));
  return lines;
}

/** Facts joined with " · " as long as they fit one line; a fact that does not starts the next. */
function joinFacts(facts: readonly string[], width: number): string[] {
  const lines: string[] = [];
  for (const fact of facts) {
    const last = lines[lines.length - 1];
    const joined = last === undefined ? undefined : `${last} · ${fact}`;
    if (last !== undefined && joined !== undefined && displayWidth(joined) <= width) lines[lines.length - 1] = joined;
    else lines.push(fact);
  }
  return lines;
}

/** `text` wrapped after `margin`, its continuation lines indented a little further. */
function hanging(text: string, margin: string, lineWidth: number): string[] {
  const [first = "", ...rest] = wrapToWidth(text, lineWidth - margin.length);
  const continuation = wrapToWidth(rest.join(" "), lineWidth - margin.length - HANG.length);
  return [margin + first, ...(rest.length ? continuation.map((line) => margin + HANG + line) : [])];
}
