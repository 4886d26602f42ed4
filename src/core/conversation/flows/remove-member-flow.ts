import { communeLabel } from "../../answers/labels.js";
import type { CommuneSnapshot, MemberInfo } from "../commune-snapshot.js";
import type { DialogOutcome } from "../converse-input.js";
import type { DialogContext } from "../dialog-context.js";
import { reply, say } from "../outcome.js";
import { canManage } from "../permissions.js";
import { readStepAnswer, stepExpectations } from "../read-step-answer.js";
import type { SessionState } from "../session-state.js";
import {
  ALREADY_GONE,
  CANNOT_REMOVE_SELF,
  NOT_REMOVED,
  ONLY_MANAGERS_REMOVE,
  onlyChairRemovesChair,
  REMOVE_PROMPT,
  removeChoices,
  removedText,
  removeQuestion,
  whomToRemove,
} from "../texts/member-removal.js";
import { findMembersByName } from "./find-members.js";

type ConfirmRemoval = Extract<SessionState, { step: "confirm-remove-member" }>;

/** Members that can be removed: approved ones and those still waiting. */
function seated(snapshot: CommuneSnapshot): MemberInfo[] {
  return snapshot.members.filter((member) => member.status === "approved" || member.status === "pending");
}

/** Why `manager` may not remove `member`, or null when they may. */
function refusal(manager: MemberInfo, member: MemberInfo): string | null {
  if (member.membershipId === manager.membershipId) return CANNOT_REMOVE_SELF;
  if (member.role === "chair" && manager.role !== "chair") return onlyChairRemovesChair(member.displayName);
  return null;
}

/** The codes assigned to a member, in catalog order. */
function assignedCodes(snapshot: CommuneSnapshot, membershipId: string): string[] {
  return snapshot.catalog.indicators
    .map((indicator) => indicator.code)
    .filter((code) =>
      (Object.hasOwn(snapshot.assignments, code) ? snapshot.assignments[code] : undefined)?.includes(membershipId),
    );
}

/**
 * /xoathanhvien @Tên: the chair, deputy chair or secretary asks to remove a member. The
 * bot reads back who it is, what they answer for (which becomes unassigned) and that their
 * figures stay, and waits for "có". Nobody removes themselves, and only a chair removes a
 * chair.
 */
export function startRemoveMember(
  snapshot: CommuneSnapshot,
  manager: MemberInfo | null,
  mention: string,
): DialogOutcome {
  if (!manager || !canManage(manager)) return say(null, ONLY_MANAGERS_REMOVE);
  const candidates = seated(snapshot);
  const found = findMembersByName(candidates, mention);
  if (found.length !== 1)
    return say(
      null,
      whomToRemove(
        mention,
        candidates.map((member) => member.displayName),
      ),
    );
  const member = found[0]!;
  const refused = refusal(manager, member);
  if (refused) return say(null, refused);
  const session: ConfirmRemoval = {
    step: "confirm-remove-member",
    membershipId: member.membershipId,
    name: member.displayName,
  };
  const text = removeQuestion(
    member.displayName,
    member.role,
    assignedCodes(snapshot, member.membershipId),
    communeLabel(snapshot.communeName),
  );
  return say(session, text, { choices: removeChoices() });
}

/** Removes the member on "có", keeps them on "không"; anything else asks again. */
export function continueRemoveMember(ctx: DialogContext, session: ConfirmRemoval, text: string): DialogOutcome {
  const answer = readStepAnswer(text, stepExpectations.confirm);
  if (answer.kind === "no" || answer.kind === "cancel") return say(null, NOT_REMOVED);
  if (answer.kind !== "yes") return say(session, REMOVE_PROMPT, { choices: removeChoices() });
  if (!canManage(ctx.member)) return say(null, ONLY_MANAGERS_REMOVE);
  const member = seated(ctx.snapshot).find((candidate) => candidate.membershipId === session.membershipId);
  if (!member) return say(null, ALREADY_GONE);
  const refused = refusal(ctx.member, member);
  if (refused) return say(null, refused);
  return {
    session: null,
    effects: [
      { type: "removeMember", membershipId: member.membershipId },
      reply(removedText(member.displayName, communeLabel(ctx.snapshot.communeName))),
    ],
  };
}
