import type { Prisma } from "../../adapters/storage/prisma-types.js";
import { writeAudit } from "../../adapters/storage/stores/audit-log.js";
import { converseWithModel } from "../../core/assistant/converse-with-model.js";
import type { ModelAssist } from "../../core/assistant/model-assist.js";
import type { ModelTask } from "../../core/assistant/model-task.js";
import type { ConverseInput, DialogOutcome } from "../../core/conversation/converse-input.js";
import type { InboundMessage } from "../../core/messages/inbound-message.js";
import type { OutboundMessage } from "../../core/messages/outbound-message.js";
import { type ConversationDeps, handleInbound } from "../conversation/handle-inbound.js";
import type { ModelAssistant } from "./model-assistant.js";

/** Thrown out of the message's transaction (rolling it back) when the model should be asked first. */
class ModelWanted extends Error {
  constructor(
    readonly input: ConverseInput,
    readonly task: ModelTask,
  ) {
    super("the language model is asked before this message is handled");
  }
}

/**
 * Handles a message like {@link handleInbound}, with the optional language model. The
 * model is never called inside a database transaction: when the rules cannot read a
 * message meant for the bot, the first run stops before the conversation step and rolls
 * back, the model is asked (within its timeout), and the message runs again with the
 * model's checked reading passed to the step as data. Without an assistant, or for every
 * message the rules read, this is exactly `handleInbound`. A figure the model read and
 * the member then confirmed gets an audit entry saying so.
 */
export async function handleWithModel(
  deps: ConversationDeps,
  assistant: ModelAssistant | undefined,
  message: InboundMessage,
): Promise<OutboundMessage[]> {
  if (!assistant) return handleInbound(deps, message);
  let saved: { input: ConverseInput; outcome: DialogOutcome } | null = null;
  const step = (assist: ModelAssist | undefined) => ({
    ...deps,
    converse(input: ConverseInput): DialogOutcome {
      if (assist === undefined) {
        const task = assistant.taskFor(input);
        if (task) throw new ModelWanted(input, task);
      }
      const outcome = converseWithModel({ ...input, assist: assist ?? null }, deps.converse);
      saved = { input, outcome };
      return outcome;
    },
  });
  let replies: OutboundMessage[];
  try {
    replies = await handleInbound(step(undefined), message);
  } catch (error) {
    if (!(error instanceof ModelWanted)) throw error;
    const assist = await assistant.assist(error.input, error.task);
    replies = await handleInbound(step(assist), message);
  }
  await auditModelFigures(deps, saved);
  return replies;
}

async function auditModelFigures(
  deps: ConversationDeps,
  step: { input: ConverseInput; outcome: DialogOutcome } | null,
): Promise<void> {
  if (!step?.input.snapshot) return;
  for (const effect of step.outcome.effects) {
    if (effect.type !== "saveFigure" || effect.readBy !== "model") continue;
    await writeAudit(deps.db, {
      communeId: step.input.snapshot.communeId,
      personId: step.input.sender.personId ?? undefined,
      action: "submission.read-by-model",
      entity: "Indicator",
      entityId: effect.code,
      after: effect.value as Prisma.InputJsonValue,
      platform: step.input.message.platform,
      chatId: step.input.message.chatId,
      at: step.input.now,
    });
  }
}
