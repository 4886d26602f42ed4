import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { stringify as toYaml } from "yaml";
import { builtInCatalogDir, loadCatalogRegistry } from "../../adapters/catalogs/catalog-registry.js";
import { loadCatalogFile } from "../../adapters/catalogs/load-catalog-file.js";
import { catalogOverview } from "../../core/catalog/catalog-overview.js";
import { type CliCommand, exitCode } from "../cli-command.js";

/**
 * `xaso catalog import FILE`: validates a province's own catalog and, when it is valid,
 * stores it in CATALOG_DIR beside the built-in ones. Every problem is listed with its row
 * and field; an invalid file changes nothing.
 */
export const catalogImportCommand: CliCommand = {
  name: "catalog import",
  summary: "Nhập bộ chỉ tiêu riêng của tỉnh/huyện từ tệp YAML hoặc JSON",
  usage: "xaso catalog import FILE [--replace]",
  async run(args, { io, config }) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { replace: { type: "boolean", default: false } },
    });
    const file = positionals[0];
    if (!file) {
      io.err(`Thiếu tệp. Cách dùng: ${this.usage}`);
      return exitCode.usage;
    }
    const loaded = await loadCatalogFile(file);
    if (!loaded.ok) {
      io.err(`Tệp ${file} có ${loaded.errors.length} lỗi, chưa nhập gì:`);
      for (const error of loaded.errors) io.err(`  - ${error}`);
      return exitCode.failed;
    }
    const catalog = loaded.value;
    const registry = await loadCatalogRegistry(config.catalogDir);
    const target = path.join(path.resolve(config.catalogDir), `${catalog.id}.yaml`);
    const existing = registry.catalogs.find((c) => c.id === catalog.id);
    if (existing && (fs.existsSync(path.join(builtInCatalogDir, `${catalog.id}.yaml`)) || !values.replace)) {
      io.err(
        `Đã có bộ chỉ tiêu "${catalog.id}". Đặt mã khác${fs.existsSync(target) ? " hoặc thêm --replace để thay bộ đã nhập" : ""}.`,
      );
      return exitCode.failed;
    }
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, toYaml(catalog, { lineWidth: 0 }));
    const overview = catalogOverview(catalog);
    io.out(`Đã nhập "${catalog.id}" (${overview.indicators} chỉ tiêu, ${overview.groups.length} nhóm) vào ${target}`);
    return exitCode.ok;
  },
};
