import type { Catalog, Target } from "../../../src/core/catalog/catalog-schema.js";
import type {
  CommuneSnapshot,
  EvidenceInfo,
  FigureVersion,
  MemberInfo,
  ScheduledItem,
} from "../../../src/core/conversation/commune-snapshot.js";
import type { FigureValue } from "../../../src/core/evaluation/figure-value.js";
import { loadCatalogOrFail, loadCommunePlanOrFail } from "../../support/catalogs.js";

/** The fixed clock of every answer test: Friday 20/09/2024, 08:00 in Hà Nội. */
export const NOW = new Date("2024-09-20T08:00:00+07:00");
export const TZ = "Asia/Ho_Chi_Minh";

/** Loads a real catalog from src/catalogs. */
export async function catalog(id: string): Promise<Catalog> {
  return loadCatalogOrFail(id);
}

/** Thúy Sơn's own targets (src/catalogs/plans/thuy-son-2023.yaml). */
export async function thuySonTargets(): Promise<Record<string, Target | null>> {
  return (await loadCommunePlanOrFail("thuy-son-2023")).targets;
}

export const LAN: MemberInfo = {
  membershipId: "m-lan",
  personId: "p-lan",
  displayName: "Lan",
  role: "secretary",
  status: "approved",
  platformUserId: "tg-101",
};
export const HUNG: MemberInfo = {
  membershipId: "m-hung",
  personId: "p-hung",
  displayName: "Hùng",
  role: "member",
  status: "approved",
  platformUserId: "tg-102",
};
/** The chair, without a Telegram account: mentioned by name only. */
export const MAI: MemberInfo = {
  membershipId: "m-mai",
  personId: "p-mai",
  displayName: "Mai",
  role: "chair",
  status: "approved",
};
/** Left the committee: whatever was assigned to him counts as unassigned. */
export const TUAN: MemberInfo = {
  membershipId: "m-tuan",
  personId: "p-tuan",
  displayName: "Tuấn",
  role: "member",
  status: "removed",
  platformUserId: "tg-104",
};

const BY: Record<string, MemberInfo> = { Lan: LAN, Hùng: HUNG, Mai: MAI, Tuấn: TUAN };

interface VersionOptions {
  kind?: FigureVersion["kind"];
  previous?: FigureValue | null;
  by?: keyof typeof BY;
  evidence?: EvidenceInfo[];
}

/** One confirmed version at an ISO time in Hà Nội ("2024-09-18T09:15"). */
export function version(at: string, value: FigureValue | null, options: VersionOptions = {}): FigureVersion {
  const member = BY[options.by ?? "Lan"] ?? LAN;
  return {
    version: 0,
    kind: options.kind ?? "update",
    value,
    previousValue: options.previous ?? null,
    at: new Date(`${at}:00+07:00`),
    byMembershipId: member.membershipId,
    byName: member.displayName,
    platform: "telegram",
    chatId: "chat-1",
    evidence: options.evidence ?? [],
  };
}

/** Numbers the versions of each code 1, 2, 3… in order. */
function numbered(figures: Record<string, FigureVersion[]>): Record<string, FigureVersion[]> {
  return Object.fromEntries(
    Object.entries(figures).map(([code, versions]) => [code, versions.map((v, i) => ({ ...v, version: i + 1 }))]),
  );
}

export const ratio = (numerator: number, denominator: number): FigureValue => ({
  kind: "ratio",
  numerator,
  denominator,
});
export const percent = (value: number): FigureValue => ({ kind: "percent", percent: value });
export const yes = (value: boolean): FigureValue => ({ kind: "boolean", value });
export const count = (value: number): FigureValue => ({ kind: "count", value });
export const choice = (option: string): FigureValue => ({ kind: "choice", option });

/** A snapshot of one commune; everything not given is empty. */
export function snapshotOf(parts: Partial<CommuneSnapshot> & Pick<CommuneSnapshot, "catalog">): CommuneSnapshot {
  return {
    communeId: "c-1",
    communeName: "Thúy Sơn",
    district: "Ngọc Lặc",
    province: "Thanh Hóa",
    joinPolicy: "approval",
    planId: "plan-1",
    year: 2024,
    period: "2024",
    targetOverrides: {},
    assignments: {},
    members: [LAN, HUNG, MAI, TUAN],
    scheduled: [],
    ...parts,
    figures: numbered(parts.figures ?? {}),
  };
}

/**
 * Thúy Sơn-like figures under thanh-hoa-2023, taken from the Hoằng Phụ 2023 report (seed 004):
 * 1.6 433/448 hồ sơ (met for the province, unmet against Thúy Sơn's 100%), 3.2 6.608/8.315
 * người, 3.4 4.485/6.353 người after a correction, 3.9 5.473/8.049 người against Thúy Sơn's
 * 100%, and so on; 1.7 reported "chưa có"; 2.6 reported, then withdrawn by an undo.
 */
export function thuySonFigures(): Record<string, FigureVersion[]> {
  const doc189: EvidenceInfo = { kind: "document", reference: "189/BC-UBND", issuedOn: "2023-11-27" };
  const doc208: EvidenceInfo = { kind: "document", reference: "208/BC-UBND", issuedOn: "2023-12-06" };
  return {
    "1.1": [
      version(
        "2024-09-02T10:00",
        { kind: "document", issued: true, reference: "44/KH-UBND" },
        { by: "Mai", evidence: [{ kind: "document", reference: "44/KH-UBND", issuedOn: "2022-12-20" }] },
      ),
    ],
    "1.4": [version("2024-09-05T09:00", ratio(14, 14), { by: "Hùng" })],
    "1.5": [version("2024-09-05T09:05", ratio(849, 849), { by: "Hùng" })],
    "1.6": [
      version("2024-09-10T14:30", ratio(433, 448), {
        evidence: [{ kind: "document", reference: "203/BC-UBND", issuedOn: "2023-12-05" }],
      }),
    ],
    "1.7": [version("2024-09-10T14:35", yes(false))],
    "2.4": [version("2024-09-12T08:00", ratio(268, 439), { by: "Hùng", evidence: [doc189] })],
    "2.5": [version("2024-09-12T08:10", ratio(4, 7), { by: "Hùng" })],
    "2.6": [
      version("2024-09-12T08:20", ratio(5, 7), { by: "Hùng" }),
      version("2024-09-12T08:25", null, { kind: "undo", previous: ratio(5, 7), by: "Hùng" }),
    ],
    "3.1": [version("2024-09-16T15:00", ratio(2050, 3200))],
    "3.2": [
      version("2024-09-18T16:20", ratio(6608, 8315), {
        evidence: [doc189, { kind: "link", url: "https://hoangphu.hoanghoa.thanhhoa.gov.vn/bao-cao-189" }],
      }),
    ],
    "3.3": [version("2024-09-18T16:30", ratio(3749, 6353), { evidence: [doc208] })],
    "3.4": [
      version("2024-09-17T09:15", ratio(4400, 6353), { by: "Hùng", evidence: [doc208] }),
      version("2024-09-19T10:00", ratio(4485, 6353), { kind: "correction", previous: ratio(4400, 6353) }),
      version("2024-09-19T10:05", ratio(4400, 6353), { kind: "undo", previous: ratio(4485, 6353) }),
      version("2024-09-20T07:45", ratio(4485, 6353), { kind: "correction", previous: ratio(4400, 6353) }),
    ],
    "3.9": [version("2024-09-19T11:00", ratio(5473, 8049))],
    "3.10": [version("2024-09-19T11:10", ratio(1953, 6350), { by: "Tuấn" })],
  };
}

/** Who is responsible for what in the Thúy Sơn-like snapshot (Tuấn has left). */
export const THUY_SON_ASSIGNMENTS: Record<string, string[]> = {
  "1.1": ["m-mai"],
  "1.2": ["m-lan"],
  "1.3": ["m-lan"],
  "1.6": ["m-lan"],
  "1.7": ["m-lan", "m-hung"],
  "2.1": ["m-hung"],
  "2.2": ["m-hung"],
  "2.5": ["m-hung"],
  "2.6": ["m-hung"],
  "3.2": ["m-lan"],
  "3.4": ["m-lan"],
  "3.9": ["m-lan"],
  "3.10": ["m-tuan"],
  "4.1": ["m-tuan"],
  "4.3": ["m-mai"],
};

/**
 * Figures of a Huế commune under hue-2023 (600 points): a deputy heads the committee (half of
 * 10 points), 3 of 4 district meetings (1,5 of 2), the Q2 meeting held without the head (1
 * of 2), one article on the provincial portal (5 of 10), 1.685/1.960 households with fibre
 * (proportional, 8,6 of 10), 6.608/8.315 adults with a bank account.
 */
export function hueFigures(): Record<string, FigureVersion[]> {
  return {
    "I.1.1": [version("2024-03-05T09:00", choice("deputy"), { by: "Mai" })],
    "I.2.1": [version("2024-09-02T09:00", count(3))],
    "I.2.2": [version("2024-03-29T16:00", choice("head"), { by: "Mai" })],
    "I.2.3": [version("2024-06-28T16:00", choice("held"), { by: "Mai" })],
    "I.4.1": [version("2024-08-15T10:00", count(1), { by: "Hùng" })],
    "II.2.1": [
      version(
        "2024-01-15T08:00",
        { kind: "document", issued: true, reference: "12/KH-UBND" },
        { by: "Mai", evidence: [{ kind: "document", reference: "12/KH-UBND", issuedOn: "2024-01-12" }] },
      ),
    ],
    "III.3.1": [version("2024-09-18T11:00", ratio(1685, 1960), { by: "Hùng" })],
    "VI.9.1": [version("2024-09-19T15:00", count(5))],
    "VIII.2.2": [version("2024-09-19T15:30", ratio(6608, 8315))],
  };
}

/** Who is responsible for what in the Huế snapshot. */
export const HUE_ASSIGNMENTS: Record<string, string[]> = {
  "I.1.1": ["m-mai"],
  "I.2.1": ["m-lan"],
  "I.2.3": ["m-mai"],
  "I.4.1": ["m-hung"],
  "III.3.1": ["m-hung"],
};

const at = (iso: string): Date => new Date(`${iso}:00+07:00`);

/**
 * What a Huế committee scheduled around 20/09/2024: two meetings already past (10/9, and 7:30
 * this morning), one this afternoon, a report due today and one due on the 25th (both
 * date-only), the Q3 meeting on the 27th and a timed evidence deadline on 15/10.
 */
export const HUE_SCHEDULED: ScheduledItem[] = [
  { kind: "meeting", title: "Họp BCĐ CĐS quý 3", at: at("2024-09-27T14:00"), location: "Hội trường UBND xã" },
  { kind: "deadline", title: "Nộp báo cáo kết quả chuyển đổi số 9 tháng", at: at("2024-09-25T00:00") },
  { kind: "meeting", title: "Họp giao ban tháng 9", at: at("2024-09-10T08:00") },
  { kind: "meeting", title: "Họp tổ công nghệ số cộng đồng", at: at("2024-09-20T07:30") },
  {
    kind: "meeting",
    title: "Tập huấn kỹ năng số cho tổ công nghệ số",
    at: at("2024-09-20T14:00"),
    location: "Nhà văn hóa thôn 3",
  },
  { kind: "deadline", title: "Hạn gửi danh sách tin bài I.4.1", at: at("2024-10-15T17:00"), indicatorCode: "I.4.1" },
  { kind: "deadline", title: "Cập nhật số liệu hộ có cáp quang", at: at("2024-09-20T23:59"), indicatorCode: "III.3.1" },
];
