import type { Role } from "../conversation/commune-snapshot.js";
import type { FigureValue } from "../evaluation/figure-value.js";
import type { ReportIntent } from "./report-request.js";

/** A figure for one indicator: "3.2: 6.608/8.315", "4.6 chưa có". */
export interface UpdateIntent {
  readonly intent: "update";
  readonly code: string;
  readonly figure: FigureValue;
}

/** A figure that replaces one already sent: "sửa 3.2 6.700/8.315", "nhầm, 3.2 là …". */
export interface CorrectionIntent {
  readonly intent: "correction";
  readonly code: string;
  readonly figure: FigureValue;
}

/**
 * The message names an indicator several could match ("kỹ năng số" in a set with two
 * skills indicators, "1.3" where there are 1.3a and 1.3b). The dialog offers `candidates`
 * and then carries on with `purpose`, keeping the figure if one was given.
 */
export interface AmbiguousIntent {
  readonly intent: "ambiguous";
  readonly candidates: readonly string[];
  readonly figure: FigureValue | null;
  readonly purpose: "update" | "correction" | "query" | "start_update";
}

/** A clear figure whose indicator is missing or unknown ("5.1: 80%" in a set without 5.1). */
export interface UnknownIndicatorIntent {
  readonly intent: "unknown_indicator";
  readonly figure: FigureValue;
  /** The code as typed when one was typed, folded. */
  readonly reference: string | null;
  readonly purpose: "update" | "correction";
}

/** One figure of a batch; `line` is the line it was read from, as typed, when the message had one per line. */
export type BatchItem = (UpdateIntent | CorrectionIntent | AmbiguousIntent | UnknownIndicatorIntent) & {
  readonly line?: string;
};

/**
 * Several figures in one message, one per line (or separated by ";"), or several codes
 * each followed by its figure. `items` are in message order; `unread` holds the lines
 * that carried no figure the rules could read, as typed, so they are named back rather
 * than guessed at.
 */
export interface BatchIntent {
  readonly intent: "batch";
  readonly items: readonly BatchItem[];
  readonly unread: readonly string[];
}

/** `/phancong 3.2 @Lan`: give indicators to committee members. */
export interface AssignIntent {
  readonly intent: "assign";
  /** Catalog codes, resolved. */
  readonly codes: readonly string[];
  /** What could not be resolved to one code, as typed. */
  readonly unresolved: readonly string[];
  /** Mentioned members, without "@", as typed ("Lan", "Nguyễn Thị Lan"). */
  readonly mentions: readonly string[];
}

/** `/duyet @Lan`, `/duyet @Tâm phó trưởng ban`: approve a member's seat, with a role when one is named. */
export interface ApproveIntent {
  readonly intent: "approve";
  readonly mentions: readonly string[];
  /** The role named after the mention; absent = member; "unknown" = words that name no role. */
  readonly role?: Role | "unknown";
}

/** `/xoathanhvien @Lan`: remove a member from the committee (read back, then confirmed). */
export interface RemoveMemberIntent {
  readonly intent: "remove_member";
  readonly mentions: readonly string[];
}

/** What one chat message asks the bot to do. */
export type ParsedMessage =
  | UpdateIntent
  | CorrectionIntent
  | AmbiguousIntent
  | UnknownIndicatorIntent
  | BatchIntent
  | { readonly intent: "undo" }
  | {
      readonly intent: "start_update";
      readonly code: string | null;
      readonly correcting: boolean;
      /** A lone count typed with the code ("3.2: 6608"): the part of a ratio already given. */
      readonly count?: number;
    }
  | { readonly intent: "query_unmet" }
  | { readonly intent: "query_progress" }
  | { readonly intent: "query_indicator"; readonly code: string }
  | { readonly intent: "query_missing" }
  | { readonly intent: "query_deadlines" }
  /** "những chỉ tiêu nào đã đạt?", /dadat */
  | { readonly intent: "query_met" }
  /** "xã mình được bao nhiêu điểm?", /diem */
  | { readonly intent: "query_score" }
  /** "so với năm trước thế nào?", /sosanh */
  | { readonly intent: "query_compare" }
  /** "danh sách thành viên", /thanhvien */
  | { readonly intent: "query_members" }
  | { readonly intent: "help" }
  | { readonly intent: "cancel" }
  | { readonly intent: "confirm" }
  | { readonly intent: "reject" }
  | { readonly intent: "start_committee" }
  | { readonly intent: "join_committee" }
  | AssignIntent
  | ApproveIntent
  | RemoveMemberIntent
  | ReportIntent
  /**
   * A number written in a form that cannot be read exactly ("1e309", "1_000", twenty
   * digits): never guessed at, named back with a request to retype it. `forIndicator`
   * when the message also names an indicator, so it was meant as a figure.
   */
  | { readonly intent: "unreadable_number"; readonly written: string; readonly forIndicator: boolean }
  /** Chatter, or a command the bot does not have (`command` holds its name). */
  | { readonly intent: "unknown"; readonly command?: string };

/** The intent names of {@link ParsedMessage}. */
export type IntentName = ParsedMessage["intent"];
