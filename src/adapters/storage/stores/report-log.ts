import type { DbClient } from "../prisma-types.js";
import { writeAudit } from "./audit-log.js";

/** A report file sent into a chat, as the audit log keeps it. */
export interface SentReportFile {
  communeId: string;
  personId?: string | undefined;
  platform: string;
  chatId: string;
  /** "phu-luc-xa-thuy-son-2024.docx" */
  name: string;
  /** "2024", "2024-Q1" */
  period: string;
  at: Date;
}

/** The audit action of a report file sent; the next report says what changed since the last one from it. */
export const REPORT_SENT_ACTION = "report.sent";

/**
 * Records that a report file was sent, in the message's transaction: who asked, where,
 * which file and period (read back with each message: see `loadMessageContext`).
 */
export async function recordReportSent(db: DbClient, sent: SentReportFile): Promise<void> {
  await writeAudit(db, {
    communeId: sent.communeId,
    personId: sent.personId,
    action: REPORT_SENT_ACTION,
    entity: "ReportFile",
    after: { name: sent.name, period: sent.period },
    platform: sent.platform,
    chatId: sent.chatId,
    at: sent.at,
  });
}
