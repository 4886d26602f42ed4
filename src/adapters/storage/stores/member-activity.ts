import type { FigureVersion, MemberActivity, MemberVersion } from "../../../core/conversation/commune-snapshot.js";
import { figureValueSchema } from "../../../core/evaluation/figure-value.js";
import { type DbClient, Prisma } from "../prisma-types.js";

/** One member's newest version of one sort, as the query returns it. */
interface ActivityRow {
  membershipId: string;
  /** "latest": of any kind; "change": not an undo. */
  sort: string;
  code: string;
  version: number;
  kind: string;
  value: unknown;
  previousValue: unknown;
  createdAt: Date;
}

/**
 * What each member of a commune last confirmed in a plan's period, by membership id: the
 * newest version of any kind and the newest that was not an undo, for the member list and
 * undo when a message was answered from the figures in force. One statement, two index
 * lookups per member (`Submission(planId, period, membershipId, createdAt)`), however long
 * the history. Among versions saved at the same instant (several figures in one message)
 * the one with the lowest indicator id and version wins, as reading every version finds it.
 */
export async function loadMemberActivity(
  db: DbClient,
  request: { communeId: string; planId: string; period: string },
): Promise<Record<string, MemberActivity>> {
  const rows = await db.$queryRaw<ActivityRow[]>(Prisma.sql`
    SELECT x."membershipId", x."sort", i."code", s."version", s."kind", s."value", s."previousValue", s."createdAt"
    FROM (
      SELECT m."id" AS "membershipId", 'latest' AS "sort", (${newestOf(request, Prisma.empty)}) AS "submissionId"
      FROM "Membership" m WHERE m."communeId" = ${request.communeId}
      UNION ALL
      SELECT m."id", 'change', (${newestOf(request, Prisma.sql`AND v."kind" <> 'undo'`)})
      FROM "Membership" m WHERE m."communeId" = ${request.communeId}
    ) x
    JOIN "Submission" s ON s."id" = x."submissionId"
    JOIN "Indicator" i ON i."id" = s."indicatorId"`);
  const activity: Record<string, MemberActivity> = {};
  for (const row of rows) {
    const entry = activity[row.membershipId] ?? {};
    activity[row.membershipId] = entry;
    if (row.sort === "latest") entry.latest = memberVersion(row);
    else entry.latestChange = memberVersion(row);
  }
  return activity;
}

/** The id of the member `m`'s newest version in the period, narrowed by `condition`. */
function newestOf(request: { planId: string; period: string }, condition: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    SELECT v."id" FROM "Submission" v
    WHERE v."planId" = ${request.planId} AND v."period" = ${request.period} AND v."membershipId" = m."id" ${condition}
    ORDER BY v."createdAt" DESC, v."indicatorId" ASC, v."version" ASC
    LIMIT 1`;
}

function memberVersion(row: ActivityRow): MemberVersion {
  return {
    code: row.code,
    version: {
      version: Number(row.version),
      kind: row.kind as FigureVersion["kind"],
      value: asFigure(row.value),
      previousValue: asFigure(row.previousValue),
      at: new Date(row.createdAt),
    },
  };
}

function asFigure(json: unknown): FigureVersion["value"] {
  const parsed = figureValueSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}
