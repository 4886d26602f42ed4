import { z } from "zod";
import { formatInstantDate } from "../answers/calendar.js";
import { describeValue } from "../answers/describe-figure.js";
import { indicatorState } from "../answers/indicator-state.js";
import type { Catalog, Indicator } from "../catalog/catalog-schema.js";
import { describeTarget } from "../catalog/describe-target.js";
import type { CommuneSnapshot } from "../conversation/commune-snapshot.js";
import type { ConverseInput } from "../conversation/converse-input.js";
import { statusLabel } from "../evaluation/evaluation-status.js";
import { maskPersonalData, type NamedPerson } from "../privacy/mask-personal-data.js";
import type { ModelRequest } from "./language-model.js";
import { modelReadingSchema } from "./model-reading.js";

/** The prompts read from `prompts/` at start-up, by task. */
export interface Prompts {
  readMessage: string;
  answerQuestion: string;
  /** Wording the draft report's prose sections. */
  wordReport: string;
}

/** What the model must answer to an open question. */
export const groundedAnswerSchema = z.strictObject({ answer: z.string().min(1).max(1500) });

const STEP_WORDS = { numerator: "tử số (số đếm được)", denominator: "mẫu số (tổng số)", value: "giá trị" } as const;

/**
 * The request to read one message: the prompt, the catalog's codes, names, units and
 * targets of this commune only, the open step if any, and the member's message with
 * personal data masked.
 */
export function readingRequest(
  prompts: Prompts,
  input: ConverseInput,
  step: keyof typeof STEP_WORDS | null,
): ModelRequest {
  const snapshot = input.snapshot as CommuneSnapshot;
  const lines = snapshot.catalog.indicators.map((indicator) => catalogLine(snapshot, indicator));
  const open =
    step && input.session && "draft" in input.session
      ? `\n\n## Bước đang chờ\nXã Số đang hỏi ${STEP_WORDS[step]} của chỉ tiêu ${input.session.draft.code}; tin nhắn là câu trả lời cho câu hỏi đó (intent "number").`
      : "";
  return textReadingRequest(prompts, lines, input.message.text, peopleOf(input), open);
}

/**
 * The request to read one message against a catalog alone, without a commune (`xaso
 * parse`, the evaluation of labelled messages): the catalog's own targets are given.
 */
export function catalogReadingRequest(prompts: Prompts, catalog: Catalog, text: string): ModelRequest {
  const lines = catalog.indicators.map(
    (i) => `${i.code} | ${i.name} | ${measureText(i)} | ${describeTarget(i.measure, i.target)}`,
  );
  return textReadingRequest(prompts, lines, text, [], "");
}

function textReadingRequest(
  prompts: Prompts,
  lines: readonly string[],
  text: string,
  people: readonly NamedPerson[],
  open: string,
): ModelRequest {
  return {
    task: "read-message",
    instructions: `${prompts.readMessage}\n\n## Bộ chỉ tiêu (mã | tên | cách tính | chỉ tiêu)\n${lines.join("\n")}${open}`,
    input: maskPersonalData(text, people),
    schema: { name: "doc_tin_nhan", schema: jsonSchemaOf(modelReadingSchema) },
    maxTokens: 600,
  };
}

/** An answer request and the material it was given, against which the answer's numbers are checked. */
export interface AnswerRequest {
  request: ModelRequest;
  /** Everything the model was shown (instructions and question), masked. */
  given: string;
}

/**
 * The request to answer an open question from this commune's data: every indicator's
 * target, figure and verdict, and for the indicator asked about its formula, guidance,
 * evidence rules, points and the history of its figures. Names are masked.
 */
export function answerRequest(prompts: Prompts, input: ConverseInput, code: string | null): AnswerRequest {
  const snapshot = input.snapshot as CommuneSnapshot;
  const people = peopleOf(input);
  const lines = snapshot.catalog.indicators.map((indicator) => stateLine(snapshot, indicator));
  const asked = code ? snapshot.catalog.indicators.find((i) => i.code === code) : undefined;
  const detail = asked
    ? `\n\n## Chỉ tiêu được hỏi: ${asked.code}\n${detailLines(snapshot, asked, input.timeZone).join("\n")}`
    : "";
  const data = `## Số liệu của ${snapshot.communeName}, ${snapshot.period} (mã | tên | chỉ tiêu | số liệu | đánh giá)\n${lines.join("\n")}${detail}\nDữ liệu tính đến ngày ${dataDate(snapshot, input)}.`;
  const instructions = maskPersonalData(`${prompts.answerQuestion}\n\n${data}`, people);
  const question = maskPersonalData(input.message.text, people);
  return {
    request: {
      task: "answer-question",
      instructions,
      input: question,
      schema: { name: "tra_loi", schema: jsonSchemaOf(groundedAnswerSchema) },
      maxTokens: 400,
    },
    given: `${instructions}\n${question}`,
  };
}

/** The date of the newest figure in the snapshot, or today's when there is none. */
export function dataDate(snapshot: CommuneSnapshot, input: Pick<ConverseInput, "now" | "timeZone">): string {
  let newest: Date | null = null;
  for (const versions of Object.values(snapshot.figures)) {
    const at = versions.at(-1)?.at;
    if (at && (!newest || at > newest)) newest = at;
  }
  return formatInstantDate(newest ?? input.now, input.timeZone);
}

function catalogLine(snapshot: CommuneSnapshot, indicator: Indicator): string {
  const state = indicatorState(snapshot, indicator);
  return `${indicator.code} | ${indicator.name} | ${measureText(indicator)} | ${describeTarget(indicator.measure, state.target)}`;
}

function stateLine(snapshot: CommuneSnapshot, indicator: Indicator): string {
  const state = indicatorState(snapshot, indicator);
  const gap = state.evaluation.gap ? ` (${state.evaluation.gap.text})` : "";
  return `${indicator.code} | ${indicator.name} | ${describeTarget(indicator.measure, state.target)} | ${describeValue(indicator.measure, state.value)} | ${statusLabel(state.evaluation.status)}${gap}`;
}

function detailLines(snapshot: CommuneSnapshot, indicator: Indicator, timeZone: string): string[] {
  const state = indicatorState(snapshot, indicator);
  const lines = [`Cách tính: ${indicator.formula ?? measureText(indicator)}`];
  if (indicator.guidance) lines.push(`Nội dung thực hiện: ${indicator.guidance}`);
  if (indicator.evidence) lines.push(`Hồ sơ minh chứng: ${indicator.evidence}`);
  if (indicator.points) lines.push(`Điểm: tối đa ${indicator.points.max}; ${indicator.points.rule}`);
  if (indicator.deadline) lines.push(`Hạn hoàn thành: ${indicator.deadline}`);
  if (indicator.notes) lines.push(`Ghi chú: ${indicator.notes}`);
  for (const version of state.versions.slice(-5))
    lines.push(
      `Số liệu ngày ${formatInstantDate(version.at, timeZone)}: ${describeValue(indicator.measure, version.value)}`,
    );
  return lines;
}

function measureText(indicator: Indicator): string {
  const m = indicator.measure;
  switch (m.kind) {
    case "ratio":
      return `tỷ lệ: ${m.numerator} / ${m.denominator} (${m.unit})`;
    case "count":
      return `số đếm (${m.unit})`;
    case "boolean":
      return "có/chưa có";
    case "document":
      return `văn bản: ${m.document}`;
    case "choice":
      return `lựa chọn: ${m.options.map((o) => o.label).join("; ")}`;
    case "status":
      return "tình trạng (chữ)";
  }
}

function peopleOf(input: ConverseInput): NamedPerson[] {
  const members = input.snapshot?.members.map((m) => ({ name: m.displayName, role: m.role })) ?? [];
  return [...members, { name: input.sender.name, role: input.sender.membership?.role ?? null }];
}

function jsonSchemaOf(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema) as Record<string, unknown>;
  return rest;
}
