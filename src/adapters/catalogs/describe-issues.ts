import type { z } from "zod";

/**
 * Turns zod issues on a catalog file into Vietnamese lines that name the row and field,
 * e.g. `chỉ tiêu thứ 12 (mã 3.2), trường "target.value": ...`, so whoever maintains a
 * province's own set can fix the file without reading a stack trace.
 */
export function describeCatalogIssues(issues: readonly z.core.$ZodIssue[], data: unknown): string[] {
  return issues.map((issue) => `${locate(issue.path, data)}: ${issue.message}`);
}

function locate(path: readonly PropertyKey[], data: unknown): string {
  const [section, index, ...rest] = path;
  if ((section === "indicators" || section === "groups") && typeof index === "number") {
    const row = rowOf(data, section, index);
    const code = typeof row?.code === "string" ? ` (mã ${row.code})` : "";
    const noun = section === "indicators" ? "chỉ tiêu" : "nhóm";
    const field = rest.length ? `, trường "${rest.map(String).join(".")}"` : "";
    return `${noun} thứ ${index + 1}${code}${field}`;
  }
  return path.length ? `trường "${path.map(String).join(".")}"` : "tệp";
}

function rowOf(data: unknown, section: string, index: number): Record<string, unknown> | undefined {
  if (typeof data !== "object" || data === null) return undefined;
  const rows = (data as Record<string, unknown>)[section];
  if (!Array.isArray(rows)) return undefined;
  const row: unknown = rows[index];
  return typeof row === "object" && row !== null ? (row as Record<string, unknown>) : undefined;
}
