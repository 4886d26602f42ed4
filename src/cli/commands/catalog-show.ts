import { parseArgs } from "node:util";
import type { Catalog } from "../../core/catalog/catalog-schema.js";
import { describeTarget, describeUnit } from "../../core/catalog/describe-target.js";
import { formatNumber } from "../../core/numbers/format-number.js";
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

/** Renders a catalog as plain text for a terminal, one indicator per block. */
export function renderCatalog(catalog: Catalog): string {
  const lines = [`${catalog.title} (${catalog.id}, phiên bản ${catalog.version})`, `Căn cứ: ${catalog.source}`];
  for (const group of catalog.groups) {
    lines.push("", `${group.code}. ${group.name.toUpperCase()}`);
    for (const indicator of catalog.indicators.filter((i) => i.group === group.code)) {
      const facts = [
        `Đơn vị: ${describeUnit(indicator.measure)}`,
        `Chỉ tiêu: ${describeTarget(indicator.measure, indicator.target)}`,
      ];
      if (indicator.points) facts.push(`Điểm tối đa: ${formatNumber(indicator.points.max)}`);
      if (indicator.deadline) facts.push(`Hạn: ${indicator.deadline}`);
      lines.push(`  ${indicator.code}  ${indicator.name}`, `        ${facts.join(" · ")}`);
      if (indicator.formula) lines.push(`        Cách tính: ${indicator.formula}`);
    }
  }
  return lines.join("\n");
}
