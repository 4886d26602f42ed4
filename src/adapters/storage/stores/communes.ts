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

/**
 * Turns the optional language model on or off for a commune, with an audit row; false when
 * it already was so (nothing written). The commune's revision is bumped with it, so every
 * process reading the commune from memory sees the switch at its next message.
 */
export async function setLanguageModel(
  db: DbClient,
  input: {
    communeId: string;
    enabled: boolean;
    personId?: string | undefined;
    platform?: string | undefined;
    chatId?: string | undefined;
    at: Date;
  },
): Promise<boolean> {
  const changed = await db.commune.updateMany({
    where: { id: input.communeId, languageModel: !input.enabled },
    data: { languageModel: input.enabled, revision: { increment: 1 } },
  });
  if (changed.count === 0) return false;
  await writeAudit(db, {
    communeId: input.communeId,
    personId: input.personId,
    action: input.enabled ? "commune.language-model.on" : "commune.language-model.off",
    entity: "Commune",
    entityId: input.communeId,
    before: { languageModel: !input.enabled },
    after: { languageModel: input.enabled },
    platform: input.platform,
    chatId: input.chatId,
    at: input.at,
  });
  return true;
}
