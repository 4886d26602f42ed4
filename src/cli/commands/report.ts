import fs from "node:fs/promises";
import path from "node:path";
import { renderReportFile } from "../../adapters/reports/render-report-file.js";
import { loadCommuneReportData, loadProvinceFigures } from "../../adapters/storage/stores/report-data.js";
import { buildCommuneReport } from "../../core/reports/commune-report.js";
import { buildDraftReport } from "../../core/reports/draft-report.js";
import { buildProvinceRollup } from "../../core/reports/province-rollup.js";
import { type ReportFileKind, reportFile } from "../../core/reports/report-file.js";
import { type ReportPeriod, readReportPeriod, yearPeriod } from "../../core/reports/report-period.js";
import { type CliCommand, type CliContext, exitCode } from "../cli-command.js";
import { withCliDatabase } from "../open-cli-database.js";
import { parseCliArgs, reportUsage } from "./parse-cli-args.js";

const options = {
  commune: { type: "string" },
  province: { type: "string" },
  period: { type: "string" },
  format: { type: "string" },
  out: { type: "string" },
  draft: { type: "boolean" },
} as const;

const KINDS: Record<string, ReportFileKind> = {
  docx: "appendix-docx",
  xlsx: "appendix-xlsx",
  png: "chart-png",
  md: "draft-md",
};

const WHAT: Record<ReportFileKind, string> = {
  "appendix-docx": "phụ lục (Word)",
  "appendix-xlsx": "phụ lục (Excel)",
  "chart-png": "biểu đồ tiến độ",
  "draft-md": "dự thảo báo cáo (Markdown)",
  "draft-docx": "dự thảo báo cáo (Word)",
};

/** Writes the file only once everything is known to be right: a refused request writes nothing. */
async function writeOut(file: string, bytes: Uint8Array, context: CliContext): Promise<boolean> {
  try {
    await fs.writeFile(file, bytes);
    return true;
  } catch (error) {
    const reason = (error as { code?: string }).code === "ENOENT" ? "thư mục không tồn tại" : "không ghi được tệp";
    context.io.err(`Không ghi được ${file}: ${reason}.`);
    return false;
  }
}

async function communeReport(
  slug: string,
  period: ReportPeriod | undefined,
  kind: ReportFileKind,
  out: string,
  context: CliContext,
): Promise<number> {
  const { io, config } = context;
  const now = context.now();
  const data = await withCliDatabase(context, (db) =>
    loadCommuneReportData(db, { slug, ...(period ? { year: period.year } : {}), now }),
  );
  if (!data.ok && data.reason === "no-commune") {
    io.err(`Không có xã mã "${slug}". Xem các xã: xaso commune list`);
    return exitCode.failed;
  }
  if (!data.ok) {
    const years = data.years.length ? ` Các năm có kế hoạch: ${data.years.join(", ")}.` : "";
    io.err(
      `Xã ${data.communeName} chưa có kế hoạch năm ${period?.year ?? ""}; không lập được báo cáo.${years}`.replace(
        "năm ;",
        "nào;",
      ),
    );
    return exitCode.failed;
  }
  const snapshot = data.snapshot;
  const chosen = period ?? yearPeriod(snapshot.year);
  const report = buildCommuneReport({ snapshot, period: chosen, now, timeZone: config.timeZone });
  const draft = kind.startsWith("draft") ? buildDraftReport(report, snapshot, now, config.timeZone) : undefined;
  const rendered = await renderReportFile(reportFile(kind, report, draft), config.timeZone);
  if (!(await writeOut(out, rendered.bytes, context))) return exitCode.failed;
  io.out(
    `Đã ghi ${WHAT[kind]} ${report.communeLabel} ${report.periodLabel} vào ${out} (${report.total.met}/${report.total.assessed} chỉ tiêu Đạt).`,
  );
  return exitCode.ok;
}

async function provinceReport(province: string, out: string, context: CliContext): Promise<number> {
  const figures = await withCliDatabase(context, (db) => loadProvinceFigures(db, province));
  if (!figures.byCatalog.length) {
    context.io.err(`Không có xã nào thuộc tỉnh "${province}". Xem các xã: xaso commune list`);
    return exitCode.failed;
  }
  const rollups = figures.byCatalog.map((group) =>
    buildProvinceRollup(figures.province, group.catalog, group.communes),
  );
  const { renderProvinceXlsx } = await import("../../adapters/reports/render-province-xlsx.js");
  if (!(await writeOut(out, await renderProvinceXlsx(rollups), context))) return exitCode.failed;
  const communes = rollups.reduce((sum, rollup) => sum + rollup.communes.length, 0);
  context.io.out(`Đã ghi bảng tổng hợp tỉnh ${figures.province} (${communes} xã, phường) vào ${out}.`);
  return exitCode.ok;
}

/**
 * `xaso report`: a commune's appendix (DOCX, XLSX), progress chart (PNG) or draft report
 * (Markdown; Word with `--draft`) for a period, or a province's roll-up across its
 * communes (XLSX). Every mistake is one Vietnamese line and no file is written.
 */
export const reportCommand: CliCommand = {
  name: "report",
  summary: "Xuất phụ lục (docx, xlsx), biểu đồ (png), dự thảo báo cáo (md) của một xã, hoặc tổng hợp cả tỉnh (xlsx)",
  usage:
    'xaso report --commune MÃ_XÃ [--period 2024|2024-Q1|2024-H1] --format docx|xlsx|png|md [--draft] --out TỆP | xaso report --province "TÊN TỈNH" --format xlsx --out TỆP',
  async run(args, context) {
    const { io } = context;
    const parsed = parseCliArgs(args, options);
    if (!parsed.ok) return reportUsage(io, parsed.message, this.usage);
    const { commune, province, format, out, draft } = parsed.values;
    const slug = commune?.trim();
    const provinceName = province?.trim();
    if (!slug && !provinceName) return reportUsage(io, "Thiếu --commune MÃ_XÃ hoặc --province TÊN_TỈNH.", this.usage);
    if (slug && provinceName) return reportUsage(io, "Chọn một trong --commune và --province.", this.usage);
    if (!format) return reportUsage(io, "Thiếu --format (docx, xlsx, png hoặc md).", this.usage);
    if (!out?.trim()) return reportUsage(io, "Thiếu --out TỆP (tệp sẽ ghi).", this.usage);
    const target = path.resolve(out.trim());

    if (provinceName) {
      if (format !== "xlsx")
        return reportUsage(io, `Báo cáo toàn tỉnh chỉ có dạng xlsx, không có "${format}".`, this.usage);
      if (parsed.values.period !== undefined || draft)
        return reportUsage(
          io,
          "Báo cáo toàn tỉnh dùng số liệu mới nhất của mỗi xã; bỏ --period và --draft.",
          this.usage,
        );
      return provinceReport(provinceName, target, context);
    }

    const base = KINDS[format];
    if (!base) return reportUsage(io, `Không có dạng "${format}"; chọn docx, xlsx, png hoặc md.`, this.usage);
    if (draft && format !== "docx" && format !== "md")
      return reportUsage(io, "Dự thảo báo cáo có dạng md hoặc docx.", this.usage);
    const kind: ReportFileKind = draft && format === "docx" ? "draft-docx" : base;
    let period: ReportPeriod | undefined;
    if (parsed.values.period !== undefined) {
      const read = readReportPeriod(parsed.values.period);
      if (!read.ok) return reportUsage(io, read.message, this.usage);
      period = read.period;
    }
    return communeReport(slug ?? "", period, kind, target, context);
  },
};
