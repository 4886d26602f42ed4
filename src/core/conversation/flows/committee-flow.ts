import { foldVietnamese } from "../../text/fold-vietnamese.js";
import type { CommuneSnapshot, MemberInfo, Role } from "../commune-snapshot.js";
import type { ConverseInput, DialogOutcome } from "../converse-input.js";
import { indicatorByCode } from "../dialog-context.js";
import { reply, say } from "../outcome.js";
import { canEnterFigures, canManage } from "../permissions.js";
import {
  APPROVE_ROLE_USAGE,
  ASSIGN_USAGE,
  alreadyBound,
  alreadyMember,
  approvedText,
  assignedText,
  boundText,
  joinedText,
  joinPending,
  joinRequested,
  NOT_AN_ADMINISTRATOR,
  ONLY_CHAIR_SEATS_CHAIR,
  ONLY_MANAGERS_APPROVE,
  ONLY_MANAGERS_ASSIGN,
  reservedForAnotherCommune,
  sameNameAsMember,
  viewerCannotBeAssigned,
  whichCommune,
  whomToApprove,
  whomToAssign,
} from "../texts/committee.js";
import { notInCatalog } from "../texts/update.js";
import { findMembersByName } from "./find-members.js";

/**
 * /batdau: binds this chat to the commune plan the sender administers. Only a chair or
 * secretary registered by the installer can do it; with several communes, the hint
 * ("/batdau Thúy Sơn") picks one.
 */
export function bindChatToCommune(input: ConverseInput, hint: string | null): DialogOutcome {
  if (input.snapshot) {
    const { communeName, catalog, year } = input.snapshot;
    return say(null, alreadyBound(communeName, catalog.title, year));
  }
  const plans = input.sender.administers;
  if (plans.length === 0) {
    return say(null, NOT_AN_ADMINISTRATOR);
  }
  const reserved = input.reservedFor;
  const allowed = reserved ? plans.filter((p) => p.communeId === reserved.communeId) : plans;
  if (reserved && allowed.length === 0) return say(null, reservedForAnotherCommune(reserved.communeName));
  const matching = hint ? allowed.filter((p) => foldVietnamese(p.communeName).includes(foldVietnamese(hint))) : allowed;
  if (matching.length !== 1) return say(null, whichCommune(allowed));
  const plan = matching[0]!;
  return {
    session: null,
    effects: [{ type: "bindChat", communeId: plan.communeId, planId: plan.planId }, reply(boundText(plan))],
  };
}

/** /thamgia: asks to join the committee of the commune bound to this chat. */
export function requestToJoin(input: ConverseInput, snapshot: CommuneSnapshot): DialogOutcome {
  const seat = input.sender.membership;
  if (seat?.status === "approved") return say(null, alreadyMember(seat.displayName, seat.role, snapshot.communeName));
  if (seat?.status === "pending") return say(null, joinPending(seat.displayName));
  const open = snapshot.joinPolicy === "open";
  const managers = snapshot.members.filter(canManage);
  const text = open
    ? joinedText(input.sender.name, snapshot.communeName)
    : joinRequested(
        input.sender.name,
        managers.map((m) => `@${m.displayName}`),
        hasNamesake(snapshot, input.sender.name) ? input.message.sender.id : input.sender.name,
      );
  const mentions = open
    ? []
    : managers.map((m) => ({
        membershipId: m.membershipId,
        displayName: m.displayName,
        ...(m.platformUserId ? { platformUserId: m.platformUserId } : {}),
      }));
  return {
    session: null,
    effects: [{ type: "requestJoin", communeId: snapshot.communeId, approved: open }, reply(text, { mentions })],
  };
}

/**
 * /duyet @Tên: the chair, deputy chair or secretary approves a pending member, as a member
 * or with the role named after the mention ("/duyet @Tâm phó trưởng ban"). Only a chair
 * seats another chair.
 */
export function approveMember(
  snapshot: CommuneSnapshot,
  manager: MemberInfo | null,
  mention: string,
  role: Role | "unknown" = "member",
): DialogOutcome {
  if (!canManage(manager)) return say(null, ONLY_MANAGERS_APPROVE);
  if (role === "unknown") return say(null, APPROVE_ROLE_USAGE);
  if (role === "chair" && manager?.role !== "chair") return say(null, ONLY_CHAIR_SEATS_CHAIR);
  const pending = snapshot.members.filter((m) => m.status === "pending");
  const found = findMembersByName(pending, mention);
  if (found.length !== 1) return say(null, whomToApprove(pending.map((m) => m.displayName)));
  const member = found[0]!;
  // Anyone can take a member's display name; approving by that name alone could seat a stranger.
  if (hasNamesake(snapshot, member.displayName) && !isAccountMention(member, mention))
    return say(null, sameNameAsMember(member.displayName, member.platformUserId ?? null));
  return {
    session: null,
    effects: [
      { type: "approveMember", membershipId: member.membershipId, role },
      reply(approvedText(member.displayName, snapshot.communeName, role)),
    ],
  };
}

/** /phancong 3.2 3.4 @Tên: the chair or secretary makes a member responsible for indicators. */
export function assignIndicators(
  snapshot: CommuneSnapshot,
  manager: MemberInfo | null,
  codes: string[],
  mention: string,
): DialogOutcome {
  if (!canManage(manager)) return say(null, ONLY_MANAGERS_ASSIGN);
  const unknown = codes.filter((code) => !indicatorByCode(snapshot, code));
  if (codes.length === 0 || unknown.length) {
    return say(null, unknown.length ? notInCatalog(unknown, snapshot.catalog.title) : ASSIGN_USAGE);
  }
  const found = findMembersByName(
    snapshot.members.filter((m) => m.status === "approved"),
    mention,
  );
  if (found.length !== 1) return say(null, whomToAssign(mention, codes));
  const member = found[0]!;
  if (!canEnterFigures(member)) return say(null, viewerCannotBeAssigned(member.displayName));
  return {
    session: null,
    effects: [
      { type: "assign", codes, membershipId: member.membershipId },
      reply(assignedText(member.displayName, codes)),
    ],
  };
}

/** An approved member already goes by this name (folded), so the name alone does not say who is meant. */
function hasNamesake(snapshot: CommuneSnapshot, name: string): boolean {
  const folded = foldVietnamese(name);
  return snapshot.members.some((m) => m.status === "approved" && foldVietnamese(m.displayName) === folded);
}

/** The mention names the account itself (its user id), not just a display name anyone could copy. */
function isAccountMention(member: MemberInfo, mention: string): boolean {
  return member.platformUserId !== undefined && member.platformUserId === mention.replace(/^@/, "");
}
