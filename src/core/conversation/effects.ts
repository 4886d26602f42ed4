import type { FigureValue } from "../evaluation/figure-value.js";
import type { ScheduleAction } from "../meetings/schedule-action.js";
import type { Choice, Mention } from "../messages/outbound-message.js";
import type { NamedPerson } from "../privacy/mask-personal-data.js";
import type { ReportFile } from "../reports/report-file.js";
import type { EvidenceInfo, Role } from "./commune-snapshot.js";

/** Send a message to the chat the conversation is in. */
export interface ReplyEffect {
  type: "reply";
  text: string;
  choices?: Choice[];
  mentions?: Mention[];
}

/**
 * Send a report file into the chat (the appendix, the progress chart, the draft report),
 * with its caption. The app renders the file and sends it with the replies, once the
 * message's transaction has recorded that the report was sent.
 */
export interface SendFileEffect {
  type: "sendFile";
  file: ReportFile;
  caption: string;
  /**
   * On the draft report of a commune that has not turned the language model off: the app
   * may have its prose worded by the model (names in it masked), keeping the rule-based
   * text on any failure.
   */
  modelWording?: { communeId: string; people: NamedPerson[] };
}

/** Store a confirmed figure as the indicator's next version. */
export interface SaveFigureEffect {
  type: "saveFigure";
  code: string;
  value: FigureValue;
  kind: "update" | "correction";
  evidence: EvidenceInfo[];
  /** Set when the figure was read by the language model (and then confirmed by the member). */
  readBy?: "model";
}

/** Append a version that restores the value before the member's last update (null = none). */
export interface UndoFigureEffect {
  type: "undoFigure";
  code: string;
  restore: FigureValue | null;
  undoneVersion: number;
}

/** Bind this chat to the sender's commune plan (/batdau). */
export interface BindChatEffect {
  type: "bindChat";
  communeId: string;
  planId: string;
}

/** Record the sender's request to join the commune bound to this chat (/thamgia). */
export interface RequestJoinEffect {
  type: "requestJoin";
  communeId: string;
  /** Approved at once when the commune's joining is open. */
  approved: boolean;
}

/** Approve a pending member (chair or secretary only). */
export interface ApproveMemberEffect {
  type: "approveMember";
  membershipId: string;
  role: Role;
}

/**
 * Remove a member from the committee (/xoathanhvien, confirmed): their seat is marked
 * removed and their assignments dropped; the figures they entered stay.
 */
export interface RemoveMemberEffect {
  type: "removeMember";
  membershipId: string;
}

/** Make a member responsible for indicators (/phancong). */
export interface AssignEffect {
  type: "assign";
  codes: string[];
  membershipId: string;
}

/**
 * What the core decides and the app layer carries out. Everything but replies is written
 * in one database transaction with the message's id and the dialog state; replies are sent
 * after that transaction commits, so "Đã lưu" is never said about something unsaved.
 */
export type Effect =
  | ReplyEffect
  | SendFileEffect
  | SaveFigureEffect
  | UndoFigureEffect
  | BindChatEffect
  | RequestJoinEffect
  | ApproveMemberEffect
  | RemoveMemberEffect
  | AssignEffect
  | ScheduleEffect
  | LanguageModelEffect;

/** Turn the optional language model on or off for the commune (/mohinh tắt): when off, nothing of it is sent. */
export interface LanguageModelEffect {
  type: "setLanguageModel";
  enabled: boolean;
}

/** Change the committee's calendar: a meeting scheduled, moved, cancelled or recorded, a deadline, reminders paused. */
export interface ScheduleEffect {
  type: "schedule";
  action: ScheduleAction;
}

/** The effects written to the database in the message's transaction: every effect but replies and files. */
export type StorageEffect = Exclude<Effect, ReplyEffect | SendFileEffect>;
