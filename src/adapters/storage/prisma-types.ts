/**
 * The Prisma types the stores use, re-exported from the generated client so no other
 * file depends on where generation writes them.
 */

export type {
  AuditEntry,
  Commune,
  CurrentFigure,
  IndicatorSet,
  Membership,
  Submission,
} from "./generated/sqlite/client/client.js";
export { Prisma } from "./generated/sqlite/client/client.js";

import type { Prisma } from "./generated/sqlite/client/client.js";

/** A client or an open transaction: stores accept either, so callers choose the boundary. */
export type DbClient = Prisma.TransactionClient;

/** Whether an error is Prisma's unique-constraint violation (P2002). */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}
