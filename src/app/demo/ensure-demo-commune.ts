import type { CatalogRegistry } from "../../adapters/catalogs/catalog-registry.js";
import { findCatalog } from "../../adapters/catalogs/catalog-registry.js";
import type { Database } from "../../adapters/storage/open-database.js";
import { bindChat } from "../../adapters/storage/stores/chat-bindings.js";
import { createCommune, findCommuneBySlug } from "../../adapters/storage/stores/communes.js";
import { findMembership } from "../../adapters/storage/stores/member-lookup.js";
import { addMember } from "../../adapters/storage/stores/members.js";
import { createPlan } from "../../adapters/storage/stores/plans.js";

/** The demo commune a newcomer talks to in the terminal chat. */
export const demoCommune = {
  slug: "thuy-son-mau",
  name: "Thúy Sơn (dữ liệu mẫu)",
  district: "Ngọc Lặc",
  province: "Thanh Hóa",
  catalogId: "thanh-hoa-2023",
  planFile: "Thúy Sơn",
} as const;

/**
 * Makes sure the terminal chat has something to work with: the demo commune on the
 * Thanh Hóa 2023 criteria with Thúy Sơn's own targets, the local user as its secretary,
 * and the terminal chat bound to it. Idempotent: a second start changes nothing.
 */
export async function ensureDemoCommune(
  db: Database,
  registry: CatalogRegistry,
  user: { id: string; name: string },
  chatId: string,
  at: Date,
): Promise<void> {
  const catalog = findCatalog(registry, demoCommune.catalogId);
  if (!catalog) throw new Error(`built-in catalog ${demoCommune.catalogId} is missing`);
  const commune =
    (await findCommuneBySlug(db, demoCommune.slug)) ??
    (await createCommune(
      db,
      {
        slug: demoCommune.slug,
        name: demoCommune.name,
        district: demoCommune.district,
        province: demoCommune.province,
        sample: true,
      },
      { at },
    ));
  const planFile = registry.plans.find(
    (p) => p.catalog === catalog.id && p.commune === demoCommune.planFile && p.year === catalog.year,
  );
  const plan = await createPlan(db, {
    communeId: commune.id,
    catalog,
    year: catalog.year,
    targetOverrides: planFile?.targets,
    at,
    actor: { platform: "terminal" },
  });
  if (plan.status !== "created" && plan.status !== "existing")
    throw new Error(`cannot create the demo plan: ${plan.status}`);
  if (!(await findMembership(db, { communeId: commune.id, platform: "terminal", externalId: user.id }))) {
    await addMember(
      db,
      {
        communeId: commune.id,
        platform: "terminal",
        externalId: user.id,
        displayName: user.name,
        role: "secretary",
        status: "approved",
      },
      { at },
    );
  }
  await bindChat(db, {
    platform: "terminal",
    chatId,
    communeId: commune.id,
    planId: plan.plan.id,
    isGroup: false,
    title: "Trò chuyện trên máy",
    boundBy: "terminal",
    at,
  });
}
