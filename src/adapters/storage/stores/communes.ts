import type { Commune, DbClient } from "../prisma-types.js";
import { writeAudit } from "./audit-log.js";

/** What the installer gives to register a commune. */
export interface NewCommune {
  slug: string;
  name: string;
  district: string;
  province: string;
  joinPolicy?: "approval" | "open";
  /** The sample commune of the terminal chat: left out of real communes' lists and province reports. */
  sample?: boolean;
}

/** Registers a commune, recording who did it. */
export async function createCommune(
  db: DbClient,
  commune: NewCommune,
  actor: { personId?: string; at: Date },
): Promise<Commune> {
  const created = await db.commune.create({ data: { ...commune, createdAt: actor.at } });
  await writeAudit(db, {
    communeId: created.id,
    personId: actor.personId,
    action: "commune.create",
    entity: "Commune",
    entityId: created.id,
    after: { ...commune },
    at: actor.at,
  });
  return created;
}

/** Finds a commune by its handle. */
export function findCommuneBySlug(db: DbClient, slug: string): Promise<Commune | null> {
  return db.commune.findUnique({ where: { slug } });
}
