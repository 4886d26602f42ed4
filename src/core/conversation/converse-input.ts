import type { ModelAssist } from "../assistant/model-assist.js";
import type { InboundMessage } from "../messages/inbound-message.js";
import type { CommuneSnapshot, MemberInfo } from "./commune-snapshot.js";
import type { Effect } from "./effects.js";
import type { SessionState } from "./session-state.js";

/** A commune plan the sender administers (chair or secretary), for binding a chat with /batdau. */
export interface AdministeredPlan {
  communeId: string;
  communeName: string;
  planId: string;
  catalogTitle: string;
  year: number;
}

/** Who sent the message, as far as the committee knows them. */
export interface SenderInfo {
  /** null for someone the bot has never registered. */
  personId: string | null;
  name: string;
  /** Their seat in the commune bound to this chat, if any (pending seats included). */
  membership: MemberInfo | null;
  administers: AdministeredPlan[];
}

/** Everything one step of the conversation needs; the core reads nothing else. */
export interface ConverseInput {
  message: InboundMessage;
  /** The bound commune's data, or null when this chat is not bound yet. */
  snapshot: CommuneSnapshot | null;
  sender: SenderInfo;
  session: SessionState | null;
  now: Date;
  timeZone: string;
  /**
   * For a chat that is not bound: the commune it still belongs to (an earlier binding the
   * bot lost, or the group of a forum topic). /batdau binds it to that commune only.
   */
  reservedFor?: { communeId: string; communeName: string } | null;
  /**
   * What the optional language model made of this message, already checked (see
   * `src/core/assistant/`): used only where the rules read nothing, and a figure read this
   * way is read back and confirmed like any other. Absent when no model is configured.
   */
  assist?: ModelAssist | null;
}

/** The new dialog state (null = no dialog open) and what to do. */
export interface DialogOutcome {
  session: SessionState | null;
  effects: Effect[];
}
