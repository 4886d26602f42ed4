import { parseArgs } from "node:util";
import { loadCatalogRegistry } from "../../adapters/catalogs/catalog-registry.js";
import { catalogOverview } from "../../core/catalog/catalog-overview.js";
import { formatNumber } from "../../core/numbers/format-number.js";
import { type CliCommand, exitCode } from "../cli-command.js";

/** `xaso catalogs [--json]`: every available catalog with its counts and points. */
export const catalogsCommand: CliCommand = {
  name: "catalogs",
  summary: "Liệt kê các bộ chỉ tiêu (số chỉ tiêu, điểm, nhóm)",
  usage: "xaso catalogs [--json]",
  async run(args, { io, config }) {
    const { values } = parseArgs({ args, options: { json: { type: "boolean", default: false } } });
    const registry = await loadCatalogRegistry(config.catalogDir);
    for (const problem of registry.problems) io.err(`Bỏ qua: ${problem}`);
    const overviews = registry.catalogs.map(catalogOverview);
    if (values.json) {
      io.out(JSON.stringify(overviews));
      return exitCode.ok;
    }
    for (const overview of overviews) {
      const points = overview.points === null ? "" : `, ${formatNumber(overview.points)} điểm`;
      io.out(`${overview.id} — ${overview.title}: ${overview.indicators} chỉ tiêu${points}`);
      for (const group of overview.groups) {
        const groupPoints = group.points === null ? "" : `, ${formatNumber(group.points)} điểm`;
        io.out(`  ${group.code}. ${group.name}: ${group.indicators} chỉ tiêu${groupPoints}`);
      }
    }
    return exitCode.ok;
  },
};
