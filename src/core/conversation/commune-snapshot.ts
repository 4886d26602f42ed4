import type { Catalog, Target } from "../catalog/catalog-schema.js";
import type { FigureValue } from "../evaluation/figure-value.js";
import type { LeadTimes } from "../reminders/lead-times.js";

/** Committee roles: chủ tịch/trưởng ban, phó trưởng ban, thư ký, thành viên, xem. */
export type Role = "chair" | "deputy" | "secretary" | "member" | "viewer";

/** A member of the commune's committee as answers and mentions need them. */
export interface MemberInfo {
  membershipId: string;
  personId: string;
  displayName: string;
  role: Role;
  status: "pending" | "approved" | "removed";
  /** The member's account on the platform of the current chat, for mentions; absent if none. */
  platformUserId?: string;
}

/** Proof attached to a confirmed figure. */
export interface EvidenceInfo {
  kind: "document" | "link" | "file";
  /** "189/BC-UBND" */
  reference?: string;
  /** ISO date "2023-11-27" */
  issuedOn?: string;
  url?: string;
}

/** One confirmed version of an indicator's figure (append-only history). */
export interface FigureVersion {
  version: number;
  kind: "update" | "correction" | "undo";
  /** null when an undo withdrew the only figure there was. */
  value: FigureValue | null;
  previousValue: FigureValue | null;
  at: Date;
  byMembershipId: string;
  byName: string;
  platform: string;
  chatId: string;
  evidence: EvidenceInfo[];
}

/** A member's newest version of one kind, with its indicator code: what `MemberActivity` holds. */
export interface MemberVersion {
  code: string;
  version: Pick<FigureVersion, "version" | "kind" | "value" | "previousValue" | "at">;
}

/**
 * What a member last confirmed in the period: the newest version of any kind (an undo
 * too), and the newest that was not an undo (what the member can take back). Absent
 * when the member confirmed none.
 */
export interface MemberActivity {
  latest?: MemberVersion;
  latestChange?: MemberVersion;
}

/** A meeting or reporting deadline the committee has scheduled. */
export interface ScheduledItem {
  kind: "meeting" | "deadline";
  title: string;
  at: Date;
  location?: string;
  indicatorCode?: string;
  /** The stored meeting's id and the quarter whose BCĐ meeting it is, to move or cancel it by quarter. */
  meetingId?: string;
  quarter?: number;
  year?: number;
}

/**
 * What the reminder clock will send in a chat and the commune's reminder rules, for
 * /nhacnho and for answering a nudge: loaded by the app, shown by the core.
 */
export interface ReminderView {
  /** True while the chair has paused reminders in this chat. */
  paused: boolean;
  /** The next reminders, in time order. */
  upcoming: Array<{ at: Date; why: string }>;
  /** The commune's lead times as stored (the defaults when it changed none). */
  leadTimes: LeadTimes;
  /** When reminders may be sent, "từ 07:00 đến 21:00". */
  sendingHours: string;
  /** "Nhắc lại sau" reminds at this instant: the commune's morning on its next working day (holiday files and Tết included). */
  snoozeUntil: Date;
}

/**
 * Everything the core may know about one commune's plan when it handles a message: the
 * catalog, the commune's own targets, every confirmed figure version this period, who is
 * responsible for what, and what is scheduled. The app layer loads it from the database;
 * the core only reads it. No other commune's data is ever in it.
 */
export interface CommuneSnapshot {
  communeId: string;
  communeName: string;
  district: string;
  province: string;
  joinPolicy: "approval" | "open";
  /** "off" when the commune turned the optional language model off: nothing of it may be sent to the model. */
  languageModel?: "off";
  planId: string;
  year: number;
  /** Reporting period of new figures, e.g. "2024". */
  period: string;
  catalog: Catalog;
  /** The commune's own targets by indicator code; `null` = not assessed for this commune. */
  targetOverrides: Record<string, Target | null>;
  /**
   * Confirmed versions per indicator code, oldest first: every version, or with
   * `history: "latest"` only the newest (the figure in force).
   */
  figures: Record<string, FigureVersion[]>;
  /**
   * "latest" when `figures` holds only each indicator's newest version, as a message is
   * answered from; absent or "full" when it holds every version. What needs older versions
   * (undo, an indicator's history, reports) asks for them with `requireFullHistory`.
   */
  history?: "latest" | "full";
  /**
   * With `history: "latest"`: the indicator codes whose `figures` hold every version all
   * the same, loaded for a step that asked for those indicators' history only.
   */
  historyOf?: string[];
  /**
   * With `history: "latest"`: what each member last confirmed, by membership id, loaded for
   * a step that asked for it (the member list, undo) with `requireMemberActivity`.
   */
  memberActivity?: Record<string, MemberActivity>;
  /** With `history: "latest"`: the last denominator confirmed per ratio indicator, from any version. */
  lastDenominators?: Record<string, number>;
  /**
   * With `history: "latest"`: the evidence last cited per indicator code, from any version
   * (absent for an indicator whose versions never carried any), offered again when a newer
   * figure comes without evidence.
   */
  lastEvidence?: Record<string, EvidenceInfo[]>;
  /** Responsible members per indicator code (membership ids). */
  assignments: Record<string, string[]>;
  members: MemberInfo[];
  /** Upcoming meetings and deadlines set by the committee (catalog deadlines come from the catalog). */
  scheduled: ScheduledItem[];
  /** When the report was last sent into a chat of this commune, to say what changed since; absent if never. */
  lastReportAt?: Date;
  /** The chat's reminders, when the app loaded them (absent in tests and tools that do not need them). */
  reminders?: ReminderView;
  /**
   * The commune's newest plan of an earlier year, for "so với năm trước": loaded only when
   * a step asks for it (`requireEarlierYear`); null when the commune has no earlier plan.
   */
  earlierYear?: EarlierYear | null;
}

/** A commune's plan of an earlier year with its figures in force, as a comparison reads it. */
export interface EarlierYear {
  year: number;
  catalog: Catalog;
  targetOverrides: Record<string, Target | null>;
  /** The figure in force per indicator code (one version each). */
  figures: Record<string, FigureVersion[]>;
}

/**
 * The snapshot with `figures` in place of its own, holding every version as far as any
 * step can tell: what was read beside its figures in force (the `history` mark, the codes
 * loaded in full, each member's activity, the last denominators and evidence) described
 * the old figures and is dropped.
 */
export function withFigures(snapshot: CommuneSnapshot, figures: CommuneSnapshot["figures"]): CommuneSnapshot {
  const {
    history: _history,
    historyOf: _historyOf,
    memberActivity: _activity,
    lastDenominators: _denominators,
    lastEvidence: _evidence,
    ...rest
  } = snapshot;
  return { ...rest, figures };
}
