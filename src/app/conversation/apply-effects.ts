import type { DbClient, Prisma } from "../../adapters/storage/prisma-types.js";
import { assignIndicators } from "../../adapters/storage/stores/assignments.js";
import { writeAudit } from "../../adapters/storage/stores/audit-log.js";
import { bindChat } from "../../adapters/storage/stores/chat-bindings.js";
import type { PlanRecords } from "../../adapters/storage/stores/commune-snapshots.js";
import { setLanguageModel } from "../../adapters/storage/stores/communes.js";
import { addMember, approveMembership, removeMembership } from "../../adapters/storage/stores/members.js";
import { findIndicatorIdByCode } from "../../adapters/storage/stores/plans.js";
import { recordReportSent } from "../../adapters/storage/stores/report-log.js";
import { appendSubmission } from "../../adapters/storage/stores/submissions.js";
import type { CommuneSnapshot } from "../../core/conversation/commune-snapshot.js";
import type { SenderInfo } from "../../core/conversation/converse-input.js";
import type { Effect } from "../../core/conversation/effects.js";
import type { InboundMessage } from "../../core/messages/inbound-message.js";
import { applyScheduleAction } from "../reminders/apply-schedule-action.js";

/** Where the effects of one message apply. */
export interface EffectScope {
  message: InboundMessage;
  snapshot: CommuneSnapshot | null;
  sender: SenderInfo;
  now: Date;
  /** Indicator ids and figures in force read with the snapshot, so that saving a figure does not read them again. */
  records?: PlanRecords | undefined;
}

/**
 * Carries out the core's storage effects inside the message's transaction. Replies are
 * not handled here: they are sent after the transaction commits. The core only emits an
 * effect it is entitled to (a member saving figures, an administrator binding); a scope
 * that does not fit is a bug and throws, rolling the whole message back.
 */
export async function applyStorageEffects(db: DbClient, effects: readonly Effect[], scope: EffectScope): Promise<void> {
  for (const effect of effects) {
    switch (effect.type) {
      case "reply":
        break;
      case "sendFile":
        if (!scope.snapshot) throw new Error("sendFile without a bound commune");
        await recordReportSent(db, {
          communeId: scope.snapshot.communeId,
          personId: scope.sender.personId ?? undefined,
          platform: scope.message.platform,
          chatId: scope.message.chatId,
          name: effect.file.name,
          period: effect.file.report.period.code,
          at: scope.now,
        });
        break;
      case "saveFigure":
      case "undoFigure":
        await saveFigureVersion(db, effect, scope);
        break;
      case "requestJoin":
        await addMember(
          db,
          {
            communeId: effect.communeId,
            platform: scope.message.platform,
            externalId: scope.message.sender.id,
            displayName: scope.message.sender.name,
            role: "member",
            status: effect.approved ? "approved" : "pending",
          },
          actorOf(scope),
        );
        break;
      case "approveMember":
        await approveMembership(db, {
          membershipId: effect.membershipId,
          role: effect.role,
          approvedBy: scope.sender.personId,
          platform: scope.message.platform,
          chatId: scope.message.chatId,
          at: scope.now,
        });
        break;
      case "removeMember": {
        const result = await removeMembership(db, {
          membershipId: effect.membershipId,
          ...(scope.sender.personId ? { personId: scope.sender.personId } : {}),
          platform: scope.message.platform,
          chatId: scope.message.chatId,
          at: scope.now,
        });
        if (result.status !== "removed") throw new Error(`removeMember: ${result.status}`);
        break;
      }
      case "bindChat":
        await bindChat(db, {
          platform: scope.message.platform,
          chatId: scope.message.chatId,
          communeId: effect.communeId,
          planId: effect.planId,
          isGroup: scope.message.isGroup,
          boundBy: scope.sender.personId ?? undefined,
          at: scope.now,
          rebind: true,
        });
        break;
      case "assign":
        await assignOrFail(db, effect.codes, effect.membershipId, scope);
        break;
      case "setLanguageModel":
        if (!scope.snapshot) throw new Error("setLanguageModel without a bound commune");
        await setLanguageModel(db, {
          communeId: scope.snapshot.communeId,
          enabled: effect.enabled,
          personId: scope.sender.personId ?? undefined,
          platform: scope.message.platform,
          chatId: scope.message.chatId,
          at: scope.now,
        });
        break;
      case "schedule":
        if (!scope.snapshot) throw new Error("schedule without a bound commune");
        await applyScheduleAction(db, effect.action, {
          communeId: scope.snapshot.communeId,
          planId: scope.snapshot.planId,
          personId: scope.sender.personId ?? undefined,
          platform: scope.message.platform,
          chatId: scope.message.chatId,
          at: scope.now,
        });
        break;
    }
  }
}

async function saveFigureVersion(
  db: DbClient,
  effect: Extract<Effect, { type: "saveFigure" | "undoFigure" }>,
  scope: EffectScope,
): Promise<void> {
  const { snapshot, sender } = scope;
  if (!snapshot || !sender.membership || !sender.personId)
    throw new Error(`${effect.type} without a bound commune and a member`);
  const indicatorId = scope.records
    ? (scope.records.indicatorIds.get(effect.code) ?? null)
    : await findIndicatorIdByCode(db, { planId: snapshot.planId, code: effect.code });
  if (!indicatorId) throw new Error(`${effect.type}: the plan's catalog has no indicator ${effect.code}`);
  const isUndo = effect.type === "undoFigure";
  await appendSubmission(
    db,
    {
      communeId: snapshot.communeId,
      planId: snapshot.planId,
      indicatorId,
      code: effect.code,
      period: snapshot.period,
      kind: isUndo ? "undo" : effect.kind,
      value: (isUndo ? effect.restore : effect.value) as Prisma.InputJsonValue | null,
      membershipId: sender.membership.membershipId,
      personId: sender.personId,
      platform: scope.message.platform,
      chatId: scope.message.chatId,
      messageId: scope.message.messageId,
      evidence: isUndo
        ? []
        : effect.evidence.map((e) => ({
            kind: e.kind,
            reference: e.reference,
            url: e.url,
            issuedOn: e.issuedOn ? new Date(`${e.issuedOn}T00:00:00Z`) : undefined,
          })),
      at: scope.now,
    },
    scope.records?.inForce,
  );
  // A figure the language model read is recorded as such with the submission, in the same transaction.
  if (effect.type === "saveFigure" && effect.readBy === "model")
    await writeAudit(db, {
      communeId: snapshot.communeId,
      personId: sender.personId,
      action: "submission.read-by-model",
      entity: "Indicator",
      entityId: effect.code,
      after: effect.value as Prisma.InputJsonValue,
      platform: scope.message.platform,
      chatId: scope.message.chatId,
      at: scope.now,
    });
}

async function assignOrFail(db: DbClient, codes: string[], membershipId: string, scope: EffectScope): Promise<void> {
  if (!scope.snapshot) throw new Error("assign without a bound commune");
  const result = await assignIndicators(db, {
    planId: scope.snapshot.planId,
    codes,
    membershipId,
    at: scope.now,
    actor: {
      personId: scope.sender.personId ?? undefined,
      platform: scope.message.platform,
      chatId: scope.message.chatId,
    },
  });
  if (!result.ok) throw new Error(`assign: ${JSON.stringify(result)}`);
}

function actorOf(scope: EffectScope): { personId?: string; at: Date } {
  return { ...(scope.sender.personId ? { personId: scope.sender.personId } : {}), at: scope.now };
}
