import fs from "node:fs/promises";
import path from "node:path";
import type { Prompts } from "../../core/assistant/model-requests.js";
import { projectPath } from "../files/project-root.js";

/** The prompts folder at the top of the project. */
export const defaultPromptsDir = projectPath("prompts");

/** Which file holds the prompt of each task. */
export const promptFiles: Record<keyof Prompts, string> = {
  readMessage: "doc-tin-nhan.md",
  answerQuestion: "tra-loi-cau-hoi.md",
  wordReport: "viet-bao-cao.md",
};

/** The prompts, or one Vietnamese sentence saying which file is missing or incomplete. */
export type PromptsResult = { ok: true; prompts: Prompts } | { ok: false; problem: string };

/**
 * Reads and checks every prompt in `prompts/`: each file starts with a header between
 * `---` lines saying what it receives ("Nhận:") and what it must return ("Trả về:"),
 * followed by the prompt itself, which may not be empty. The header is not sent.
 */
export async function loadPrompts(dir: string = defaultPromptsDir): Promise<PromptsResult> {
  const prompts: Partial<Prompts> = {};
  for (const [task, file] of Object.entries(promptFiles) as [keyof Prompts, string][]) {
    const where = path.join(dir, file);
    let text: string;
    try {
      text = await fs.readFile(where, "utf8");
    } catch {
      return { ok: false, problem: `thiếu tệp lời nhắc ${where} cho mô hình ngôn ngữ` };
    }
    const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(text.replace(/^\uFEFF/, ""));
    const header = match?.[1] ?? "";
    const body = match?.[2]?.trim() ?? "";
    if (!/^Nhận:\s*\S/m.test(header) || !/^Trả về:\s*\S/m.test(header))
      return { ok: false, problem: `tệp lời nhắc ${where} thiếu phần đầu "---" với dòng "Nhận:" và "Trả về:"` };
    if (!body) return { ok: false, problem: `tệp lời nhắc ${where} trống` };
    prompts[task] = body;
  }
  return { ok: true, prompts: prompts as Prompts };
}
