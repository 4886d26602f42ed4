import { z } from "zod";

/** zod 4 numbers already refuse NaN and infinities. */
const count = z.number().nonnegative();

/**
 * The value of a confirmed submission, stored as JSON with the submission. Only values
 * that passed validation are stored, so the schema insists on sane numbers (no negative
 * counts, no zero denominator); percents above 100 are allowed because some sources report
 * them and validation warns rather than refuses.
 */
export const figureValueSchema = z.discriminatedUnion("kind", [
  /** Both counts were given: "1.685/1.960 hộ". */
  z.object({ kind: z.literal("ratio"), numerator: count, denominator: z.number().positive() }),
  /** Only a percent was given: "3.4 đạt 70,5%". */
  z.object({ kind: z.literal("percent"), percent: count }),
  /** A yes/no fact: "4.4 đã có". */
  z.object({ kind: z.literal("boolean"), value: z.boolean() }),
  /** A count: "đã họp 3 cuộc". */
  z.object({ kind: z.literal("count"), value: count }),
  /** Whether a document was issued, and its number and date when known ("số 12/KH-UBND ngày 3/2/2025"). */
  z.object({ kind: z.literal("document"), issued: z.boolean(), reference: z.string().trim().min(1).optional() }),
  /** The `value` of the chosen option of a choice measure. */
  z.object({ kind: z.literal("choice"), option: z.string().trim().min(1) }),
  /** A free status text, reported but not compared. */
  z.object({ kind: z.literal("status"), text: z.string().trim().min(1) }),
]);

/** A confirmed submission's value; see {@link figureValueSchema}. */
export type FigureValue = z.output<typeof figureValueSchema>;
