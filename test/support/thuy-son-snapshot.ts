import type { Catalog } from "../../src/core/catalog/catalog-schema.js";
import type { CommuneSnapshot, MemberInfo } from "../../src/core/conversation/commune-snapshot.js";

/** Lan, the secretary of the core tests' commune, on Telegram as "u1". */
export const lan: MemberInfo = {
  membershipId: "m-lan",
  personId: "p-lan",
  displayName: "Lan",
  role: "secretary",
  status: "approved",
  platformUserId: "u1",
};

/**
 * A snapshot of Thúy Sơn (Ngọc Lặc, Thanh Hóa) for the 2023 plan, with Lan as its only
 * member and no figures, meetings or assignments; `parts` replaces any of it.
 */
export function thuySonSnapshot(catalog: Catalog, parts: Partial<CommuneSnapshot> = {}): CommuneSnapshot {
  return {
    communeId: "c1",
    communeName: "Thúy Sơn",
    district: "Ngọc Lặc",
    province: "Thanh Hóa",
    joinPolicy: "approval",
    planId: "plan1",
    year: 2023,
    period: "2023",
    catalog,
    targetOverrides: {},
    figures: {},
    assignments: {},
    members: [lan],
    scheduled: [],
    ...parts,
  };
}
