import { draftReportMarkdown } from "../../core/reports/draft-report.js";
import type { ReportFile } from "../../core/reports/report-file.js";

/** What a rendered report file is: its bytes and the media type platforms are told. */
export interface RenderedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly mimeType: string;
}

const MIME = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  png: "image/png",
  md: "text/markdown; charset=utf-8",
} as const;

/**
 * Produces the bytes of one report file the core asked for: the appendix as DOCX or XLSX,
 * the progress chart as PNG, or the draft report as Markdown or DOCX. A draft kind always
 * comes with its draft ({@link reportFile} is given one); one without is a programming error.
 * Each renderer (docx, exceljs, echarts with resvg) is imported at its first use, so a
 * process that never sends a report never loads them (about 116 MB; decision 0008).
 */
export async function renderReportFile(file: ReportFile, timeZone: string): Promise<RenderedFile> {
  const { name, report, draft } = file;
  switch (file.kind) {
    case "appendix-docx": {
      const { renderAppendixDocx } = await import("./render-appendix-docx.js");
      return { name, bytes: await renderAppendixDocx(report), mimeType: MIME.docx };
    }
    case "appendix-xlsx": {
      const { renderAppendixXlsx } = await import("./render-appendix-xlsx.js");
      return { name, bytes: await renderAppendixXlsx(report), mimeType: MIME.xlsx };
    }
    case "chart-png": {
      const { renderProgressChart } = await import("./render-progress-chart.js");
      return { name, bytes: renderProgressChart(report, timeZone), mimeType: MIME.png };
    }
    case "draft-md":
      if (!draft) throw new Error(`${name}: a draft file needs its draft`);
      return { name, bytes: new TextEncoder().encode(draftReportMarkdown(draft)), mimeType: MIME.md };
    case "draft-docx": {
      if (!draft) throw new Error(`${name}: a draft file needs its draft`);
      const { renderDraftDocx } = await import("./render-draft-docx.js");
      return { name, bytes: await renderDraftDocx(draft), mimeType: MIME.docx };
    }
  }
}
