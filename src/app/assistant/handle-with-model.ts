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
 * the member then confirmed gets an audit entry saying so, written with the submission.
 */
export async function handleWithModel(
  deps: ConversationDeps,
  assistant: ModelAssistant | undefined,
  message: InboundMessage,
): Promise<OutboundMessage[]> {
  if (!assistant) return handleInbound(deps, message);
  const step = (assist: ModelAssist | undefined) => ({
    ...deps,
    wordDraft: assistant.wordDraft,
    converse(input: ConverseInput): DialogOutcome {
      if (assist === undefined) {
        const task = assistant.taskFor(input);
        if (task) throw new ModelWanted(input, task);
      }
      return converseWithModel({ ...input, assist: assist ?? null }, deps.converse);
    },
  });
  try {
    return await handleInbound(step(undefined), message);
  } catch (error) {
    if (!(error instanceof ModelWanted)) throw error;
    const assist = await assistant.assist(error.input, error.task);
    return await handleInbound(step(assist), message);
  }
}
