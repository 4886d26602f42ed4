import type { DbClient, Prisma } from "../prisma-types.js";

/** One audit row: who did what to which record, where, with the value before and after. */
export interface AuditRecord {
  communeId?: string | undefined;
  personId?: string | undefined;
  action: string;
  entity: string;
  entityId?: string | undefined;
  before?: Prisma.InputJsonValue | undefined;
  after?: Prisma.InputJsonValue | undefined;
  platform?: string | undefined;
  chatId?: string | undefined;
  at: Date;
}

/** Appends an audit row; call it in the same transaction as the change it records. */
export async function writeAudit(db: DbClient, record: AuditRecord): Promise<void> {
  const { at, ...rest } = record;
  await db.auditEntry.create({ data: { ...rest, createdAt: at } });
}
