import type { Logger } from "../../adapters/logging/create-logger.js";
import { localDateTime } from "../../core/answers/calendar.js";
import { groundedAnswer } from "../../core/assistant/grounded-answer.js";
import type { LanguageModel } from "../../core/assistant/language-model.js";
import type { ModelAssist } from "../../core/assistant/model-assist.js";
import { interpretModelReading, type ModelReading } from "../../core/assistant/model-reading.js";
import {
  answerRequest,
  catalogReadingRequest,
  dataDate,
  type Prompts,
  readingRequest,
} from "../../core/assistant/model-requests.js";
import { type ModelTask, modelTaskFor } from "../../core/assistant/model-task.js";
import { reportWordingRequest, wordedDraft } from "../../core/assistant/report-wording.js";
import type { Catalog } from "../../core/catalog/catalog-schema.js";
import type { ConverseInput } from "../../core/conversation/converse-input.js";
import type { NamedPerson } from "../../core/privacy/mask-personal-data.js";
import type { DraftReport } from "../../core/reports/draft-report.js";
import { createDailyCap } from "./daily-cap.js";

/** Asks the optional language model about one message and returns only what passed the checks. */
export interface ModelAssistant {
  /** Whether this message may go to the model, and for what; null for everything the rules handle. */
  taskFor(input: ConverseInput): ModelTask | null;
  /** The model's checked contribution; never throws and never takes longer than the timeout. */
  assist(input: ConverseInput, task: ModelTask): Promise<ModelAssist>;
  /** Reads one message against a catalog alone (`xaso parse`, `npm run eval:model`); not capped. */
  read(text: string, catalog: Catalog): Promise<{ reading: ModelReading | null; tokens: number }>;
  /**
   * The draft report with its prose worded by the model, or null to keep the rule-based
   * text (any failure, an unchecked number, the cap, the timeout); never throws.
   */
  wordDraft(draft: DraftReport, scope: WordingScope): Promise<DraftReport | null>;
}

/** Whose draft is worded: the commune (for the daily cap), the names to mask, and when. */
export interface WordingScope {
  communeId: string;
  people: readonly NamedPerson[];
  now: Date;
  timeZone: string;
}

/** What the assistant needs. */
export interface ModelAssistantDeps {
  model: LanguageModel;
  prompts: Prompts;
  /** Requests per commune per day. */
  dailyLimit: number;
  /** The most a member waits for the model, both requests of an open question included. */
  timeoutMs: number;
  logger: Logger;
}

const NOTHING: ModelAssist = { reading: null, answer: null };

/**
 * The language-model side of a message: masks, asks, validates. A reading that does not
 * validate, names a code outside the catalog or contradicts the member's digits, an
 * answer with a number not in its data, a failure, the daily cap or the timeout all give
 * {@link NOTHING}, and the rule-based reply applies.
 */
export function createModelAssistant(deps: ModelAssistantDeps): ModelAssistant {
  const cap = createDailyCap(deps.dailyLimit);
  const log = deps.logger;

  const withinCap = (communeId: string, now: Date, timeZone: string): boolean => {
    const { year, month, day } = localDateTime(now, timeZone);
    if (cap.take(communeId, `${year}-${month}-${day}`)) return true;
    log.warn({ component: "llm", communeId }, "daily language model cap reached");
    return false;
  };
  const allowed = (input: ConverseInput): boolean =>
    input.snapshot !== null && withinCap(input.snapshot.communeId, input.now, input.timeZone);

  /** `work`, or `fallback` when it fails or takes longer than the timeout. */
  const inTime = async <T>(work: Promise<T>, fallback: T): Promise<T> => {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<T>((resolve) => {
      timer = setTimeout(() => resolve(fallback), deps.timeoutMs);
    });
    try {
      return await Promise.race([work.catch(() => fallback), late]);
    } finally {
      clearTimeout(timer);
    }
  };

  const word = async (draft: DraftReport, scope: WordingScope): Promise<DraftReport | null> => {
    if (!withinCap(scope.communeId, scope.now, scope.timeZone)) return null;
    const { request, given } = reportWordingRequest(deps.prompts, draft, scope.people);
    const response = await deps.model.respond(request);
    if (!response.ok) return null;
    const worded = wordedDraft(draft, response.json, given);
    if (!worded) log.warn({ component: "llm", task: request.task }, "report wording dropped: invalid or not grounded");
    return worded;
  };

  const answer = async (input: ConverseInput, code: string | null): Promise<string | null> => {
    if (!allowed(input) || !input.snapshot) return null;
    const { request, given } = answerRequest(deps.prompts, input, code);
    const response = await deps.model.respond(request);
    if (!response.ok) return null;
    const text = groundedAnswer(response.json, given, dataDate(input.snapshot, input));
    if (!text) log.warn({ component: "llm", task: request.task }, "answer dropped: not grounded in the data given");
    return text;
  };

  const run = async (input: ConverseInput, task: ModelTask): Promise<ModelAssist> => {
    if (task.kind === "answer") return { reading: null, answer: await answer(input, task.code) };
    if (!allowed(input) || !input.snapshot) return NOTHING;
    const request = readingRequest(deps.prompts, input, task.step);
    const response = await deps.model.respond(request);
    if (!response.ok) return NOTHING;
    // Checked against the digits of what was sent: a masked phone number is no figure.
    const reading = interpretModelReading(response.json, request.input, input.snapshot.catalog);
    const fits = reading !== null && (task.step ? reading.kind === "number" : reading.kind !== "number");
    if (!fits) {
      log.warn(
        { component: "llm", task: request.task },
        "reading dropped: invalid, off the catalog or against the digits",
      );
      return NOTHING;
    }
    if (reading.kind === "question") return { reading, answer: await answer(input, reading.code) };
    return { reading, answer: null };
  };

  return {
    taskFor: modelTaskFor,
    async read(text, catalog) {
      const request = catalogReadingRequest(deps.prompts, catalog, text);
      const response = await deps.model.respond(request);
      if (!response.ok) return { reading: null, tokens: 0 };
      const tokens = response.tokens.prompt + response.tokens.completion;
      const reading = interpretModelReading(response.json, request.input, catalog);
      return { reading: reading?.kind === "number" ? null : reading, tokens };
    },
    assist: (input, task) => inTime(run(input, task), NOTHING),
    wordDraft: (draft, scope) => inTime(word(draft, scope), null),
  };
}
