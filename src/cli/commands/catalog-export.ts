import { parseArgs } from "node:util";
import { stringify as toYaml } from "yaml";
import { type CliCommand, exitCode } from "../cli-command.js";
import { findCatalogOrExplain } from "../find-catalog.js";

/** `xaso catalog export ID [--format yaml|json]`: the catalog as a data file, to adapt and re-import. */
export const catalogExportCommand: CliCommand = {
  name: "catalog export",
  summary: "Xuất một bộ chỉ tiêu ra YAML hoặc JSON (để sửa rồi nhập lại)",
  usage: "xaso catalog export ID [--format yaml|json]",
  async run(args, { io, config }) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { format: { type: "string", default: "yaml" } },
    });
    const id = positionals[0];
    if (!id || (values.format !== "yaml" && values.format !== "json")) {
      io.err(`Cách dùng: ${this.usage}`);
      return exitCode.usage;
    }
    const catalog = await findCatalogOrExplain(id, { io, config });
    if (!catalog) return exitCode.failed;
    io.out(values.format === "json" ? JSON.stringify(catalog, null, 2) : toYaml(catalog, { lineWidth: 0 }).trimEnd());
    return exitCode.ok;
  },
};
