import type { DbClient } from "../prisma-types.js";

/** One commune as the installer's list shows it: its plans, committee size and chats. */
export interface CommuneOverview {
  id: string;
  slug: string;
  name: string;
  district: string;
  province: string;
  joinPolicy: string;
  /** The sample commune of the terminal chat, not a real one. */
  sample: boolean;
  /** Members not removed (approved and pending). */
  members: number;
  /** Newest year first. */
  plans: PlanOverview[];
  /** Active chats first. */
  chats: ChatOverview[];
}

/** A plan with its catalog version and how far it has been set up. */
export interface PlanOverview {
  id: string;
  year: number;
  catalogId: string;
  version: number;
  /** The commune's own targets, and how many of them say "not assessed". */
  targets: number;
  notAssessed: number;
  assignments: number;
}

/** A chat bound to the commune. */
export interface ChatOverview {
  platform: string;
  chatId: string;
  title: string | null;
  isGroup: boolean;
  active: boolean;
  planId: string | null;
}

/** Every commune by handle, with its plans and bound chats. */
export async function listCommuneOverviews(db: DbClient): Promise<CommuneOverview[]> {
  const communes = await db.commune.findMany({
    orderBy: { slug: "asc" },
    include: {
      plans: {
        orderBy: [{ year: "desc" }, { createdAt: "desc" }],
        include: {
          set: { select: { catalogId: true, version: true } },
          targets: { select: { assessed: true } },
          _count: { select: { assignments: true } },
        },
      },
      chats: { orderBy: [{ active: "desc" }, { createdAt: "asc" }] },
      _count: { select: { memberships: { where: { status: { not: "removed" } } } } },
    },
  });
  return communes.map((commune) => ({
    id: commune.id,
    slug: commune.slug,
    name: commune.name,
    district: commune.district,
    province: commune.province,
    joinPolicy: commune.joinPolicy,
    sample: commune.sample,
    members: commune._count.memberships,
    plans: commune.plans.map((plan) => ({
      id: plan.id,
      year: plan.year,
      catalogId: plan.set.catalogId,
      version: plan.set.version,
      targets: plan.targets.length,
      notAssessed: plan.targets.filter((target) => !target.assessed).length,
      assignments: plan._count.assignments,
    })),
    chats: commune.chats.map((chat) => ({
      platform: chat.platform,
      chatId: chat.chatId,
      title: chat.title,
      isGroup: chat.isGroup,
      active: chat.active,
      planId: chat.planId,
    })),
  }));
}
