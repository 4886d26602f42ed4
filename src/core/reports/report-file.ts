import { foldVietnamese } from "../text/fold-vietnamese.js";
import type { CommuneReport } from "./commune-report.js";
import type { DraftReport } from "./draft-report.js";

/** The files a report can be sent or saved as. */
export type ReportFileKind = "appendix-docx" | "appendix-xlsx" | "chart-png" | "draft-md" | "draft-docx";

/**
 * A report file to produce: what kind, its file name, and the report (and draft) it is
 * drawn from. The core decides which files to send; the adapters turn the request into
 * bytes, so the core never touches a document library.
 */
export interface ReportFile {
  readonly kind: ReportFileKind;
  /** "phu-luc-xa-thuy-son-2024.docx": ASCII, so every platform and file system keeps it. */
  readonly name: string;
  readonly report: CommuneReport;
  /** Present for the draft kinds. */
  readonly draft?: DraftReport;
}

const NAMES: Record<ReportFileKind, readonly [string, string]> = {
  "appendix-docx": ["phu-luc", "docx"],
  "appendix-xlsx": ["phu-luc", "xlsx"],
  "chart-png": ["bieu-do-tien-do", "png"],
  "draft-md": ["du-thao-bao-cao", "md"],
  "draft-docx": ["du-thao-bao-cao", "docx"],
};

/** "xa-thuy-son": a name folded to lowercase ASCII words joined by hyphens. */
export function fileSlug(text: string): string {
  return foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** The request for one report file, named after its kind, the commune and the period. */
export function reportFile(kind: ReportFileKind, report: CommuneReport, draft?: DraftReport): ReportFile {
  const [stem, extension] = NAMES[kind];
  const name = `${stem}-${fileSlug(report.communeLabel)}-${report.period.code.toLowerCase()}.${extension}`;
  return { kind, name, report, ...(draft ? { draft } : {}) };
}
