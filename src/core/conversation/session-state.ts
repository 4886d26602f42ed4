import { z } from "zod";
import { figureValueSchema } from "../evaluation/figure-value.js";
import { scheduleActionSchema } from "../meetings/schedule-action.js";

/** Bumped whenever the stored shape changes; older states are then discarded, not misread. */
export const SESSION_SCHEMA_VERSION = 1;

/** How long a dialog waits for the member's next answer before it is dropped. */
export const SESSION_TIMEOUT_MS = 15 * 60 * 1000;

const evidenceSchema = z.object({
  kind: z.enum(["document", "link", "file"]),
  reference: z.string().optional(),
  issuedOn: z.string().optional(),
  url: z.string().optional(),
});

/** What has been collected so far in a guided update of one indicator. */
const draftSchema = z.object({
  code: z.string(),
  kind: z.enum(["update", "correction"]),
  numerator: z.number().optional(),
  /** The denominator last confirmed for this indicator, offered for reuse. */
  suggestedDenominator: z.number().optional(),
  figure: figureValueSchema.optional(),
  evidence: z.array(evidenceSchema).optional(),
  /** Set when the figure was read by the language model, so the audit says so. */
  readBy: z.literal("model").optional(),
});

/** One figure of several read back together, waiting for the member's "có". */
const batchItemSchema = z.object({
  code: z.string(),
  kind: z.enum(["update", "correction"]),
  figure: figureValueSchema,
  evidence: z.array(evidenceSchema).optional(),
  /** Set when the figures were read by the language model, so the audit says so. */
  readBy: z.literal("model").optional(),
});

/**
 * `offered` keeps the values of the choices shown with the last question, so "2" typed
 * on Zalo or in the terminal means the second choice, as a tap on a Telegram button does.
 * `mediaNoted` remembers that a photo or sticker already got its note for this question,
 * so an album gets one note, not ten.
 *
 * Where a member's dialog stands in one chat. Stored as JSON between messages (so a
 * restart loses nothing) and validated on read.
 */
const offered = { offered: z.array(z.string()).optional(), mediaNoted: z.boolean().optional() };

export const sessionStateSchema = z.discriminatedUnion("step", [
  /** Choosing which indicator to update; `candidates` are the codes offered as choices. */
  z.object({
    step: z.literal("pick-indicator"),
    candidates: z.array(z.string()),
    figure: figureValueSchema.optional(),
    kind: z.enum(["update", "correction"]),
    ...offered,
  }),
  z.object({ step: z.literal("numerator"), draft: draftSchema, ...offered }),
  z.object({ step: z.literal("denominator"), draft: draftSchema, ...offered }),
  z.object({ step: z.literal("value"), draft: draftSchema, ...offered }),
  z.object({ step: z.literal("evidence"), draft: draftSchema, ...offered }),
  z.object({ step: z.literal("confirm"), draft: draftSchema, ...offered }),
  /** Several figures read back in one table, saved together on "có"; "bỏ 3.4" and "sửa 3.2 …" edit the list first. */
  z.object({
    step: z.literal("confirm-batch"),
    items: z.array(batchItemSchema).min(1),
    /** A file sent under the table while several figures could take it: kept until the member says which. */
    file: z
      .object({ name: z.string(), evidence: z.array(evidenceSchema).min(1), candidates: z.array(z.string()).min(2) })
      .optional(),
    ...offered,
  }),
  z.object({
    step: z.literal("confirm-undo"),
    code: z.string(),
    undoneVersion: z.number(),
    restore: figureValueSchema.nullable(),
    ...offered,
  }),
  /** Removing a member from the committee (/xoathanhvien), read back and waiting for "có". */
  z.object({
    step: z.literal("confirm-remove-member"),
    membershipId: z.string(),
    name: z.string(),
    ...offered,
  }),
  /** A change to the committee's calendar (a meeting, a deadline), read back and waiting for "có". */
  z.object({ step: z.literal("confirm-schedule"), action: scheduleActionSchema, ...offered }),
]);

export type SessionState = z.output<typeof sessionStateSchema>;
export type UpdateDraft = z.output<typeof draftSchema>;
export type BatchDraftItem = z.output<typeof batchItemSchema>;
