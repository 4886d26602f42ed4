import type { BatchIntent, BatchItem, ParsedMessage } from "./parsed-message.js";

/** Where a pasted list breaks into items: line breaks and semicolons. */
const ITEM_BREAK = /[\r\n;]+/u;

/** A line that only introduces the list: "Số liệu tháng 11:", "Em gửi số liệu ạ:". */
const INTRODUCTION = /:\s*$/u;

/**
 * Several figures pasted one per line or separated by ";" ("3.1: 3.850/6.200\n3.2:
 * 6.608/8.315\n3.4 đạt 76,6%\ncamera: có"): each line is read on its own by `readLine`,
 * as if it had been sent alone, so a code, a name or a bare figure means there what it
 * means in a one-line update. Null unless at least two lines carry a figure; then the
 * lines that carry none are kept in `unread` (a heading ending in ":" that names no
 * indicator is left out), never guessed at.
 */
export function readBatchLines(raw: string, readLine: (line: string) => ParsedMessage): BatchIntent | null {
  const lines = raw
    .split(ITEM_BREAK)
    .map((line) => line.trim())
    .filter((line) => line !== "");
  if (lines.length < 2) return null;
  const items: BatchItem[] = [];
  const unread: string[] = [];
  for (const line of lines) {
    const read = readLine(line);
    const figures = figuresOf(read, line);
    if (figures.length > 0) items.push(...figures);
    else if (!introducesList(read, line)) unread.push(line);
  }
  return items.length >= 2 ? { intent: "batch", items, unread } : null;
}

function figuresOf(read: ParsedMessage, line: string): BatchItem[] {
  switch (read.intent) {
    case "update":
    case "correction":
    case "unknown_indicator":
      return [{ ...read, line }];
    case "ambiguous":
      return read.figure && read.purpose !== "query" && read.purpose !== "start_update" ? [{ ...read, line }] : [];
    case "batch":
      return [...read.items];
    default:
      return [];
  }
}

/** A heading ending in ":" that names no indicator, or a bare "cập nhật số liệu". */
function introducesList(read: ParsedMessage, line: string): boolean {
  if (read.intent === "start_update") return read.code === null;
  return INTRODUCTION.test(line) && read.intent !== "query_indicator";
}
