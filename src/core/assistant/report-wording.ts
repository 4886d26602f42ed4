import { z } from "zod";
import { maskPersonalData, type NamedPerson } from "../privacy/mask-personal-data.js";
import { type DraftReport, type DraftSection, draftReportMarkdown } from "../reports/draft-report.js";
import type { ModelRequest } from "./language-model.js";
import type { Prompts } from "./model-requests.js";
import { digitGroups, isAmong, numbersInText } from "./numbers-in-text.js";

const paragraph = z
  .string()
  .trim()
  .min(20)
  .max(1500)
  .refine((text) => !/[\n#*]/.test(text), "một đoạn văn, không định dạng");

/** What the model must answer when it words the draft report: one paragraph per section. */
export const reportWordingSchema = z.strictObject({ ketQua: paragraph, tonTai: paragraph, phuongHuong: paragraph });

/** The wording request and the material it was given, against which the paragraphs' numbers are checked. */
export interface WordingRequest {
  request: ModelRequest;
  given: string;
}

/**
 * The request to word the draft report's prose: the prompt from `prompts/` and the
 * rule-based draft itself (this commune's figures only), with people's names masked.
 */
export function reportWordingRequest(
  prompts: Pick<Prompts, "wordReport">,
  draft: DraftReport,
  people: readonly NamedPerson[],
): WordingRequest {
  const given = maskPersonalData(draftReportMarkdown(draft), people);
  return {
    request: {
      task: "word-report",
      instructions: `${prompts.wordReport}\n\n## Dự thảo theo mẫu\n${given}`,
      input: "Viết ba đoạn văn cho phần I, II, III của dự thảo trên.",
      schema: { name: "loi_van_bao_cao", schema: jsonSchemaOf(reportWordingSchema) },
      maxTokens: 900,
    },
    given,
  };
}

/**
 * The draft with its prose worded by the model, or null when the answer may not be used:
 * it does not validate, or any paragraph holds a number (a count, a percent, a code, a
 * date) that is not in the draft the model was given. The figures themselves stay as the
 * rules wrote them: section I's overview is replaced by the model's paragraph, sections II
 * and III get the model's paragraph before their lists, and the per-pillar figures, the
 * shortcomings and the tasks are kept line for line.
 */
export function wordedDraft(draft: DraftReport, json: unknown, given: string): DraftReport | null {
  const parsed = reportWordingSchema.safeParse(json);
  if (!parsed.success) return null;
  const known = numbersInText(given);
  const words = parsed.data;
  for (const text of [words.ketQua, words.tonTai, words.phuongHuong])
    if (!digitGroups(text).every((group) => group.readings.some((n) => isAmong(n, known)))) return null;
  const [results, shortcomings, tasks, ...rest] = draft.sections;
  if (!results || !shortcomings || !tasks) return null;
  const withParagraph = (part: DraftSection, text: string, replace: boolean): DraftSection => ({
    ...part,
    paragraphs: replace ? [text] : [text, ...part.paragraphs],
  });
  return {
    ...draft,
    sections: [
      withParagraph(results, words.ketQua, true),
      withParagraph(shortcomings, words.tonTai, false),
      withParagraph(tasks, words.phuongHuong, false),
      ...rest,
    ],
  };
}

function jsonSchemaOf(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema) as Record<string, unknown>;
  return rest;
}
