import { loadPrompts } from "../../adapters/llm/load-prompts.js";
import type { Logger } from "../../adapters/logging/create-logger.js";
import type { LlmConfig } from "../config/app-config.js";
import { createModelAssistant, type ModelAssistant } from "./model-assistant.js";

/** Why the language model could not be set up, as one Vietnamese sentence for the start-up line. */
export class PromptsProblem extends Error {}

/**
 * The language-model assistant for a configured endpoint, or undefined without an API key
 * (then nothing is ever sent anywhere). The prompts are read and checked here, at start-up:
 * a missing or empty prompt stops start-up with a sentence naming the file. The `openai`
 * client is imported only here, so a process without a key never loads it.
 */
export async function assistantFromConfig(
  llm: LlmConfig | undefined,
  logger: Logger,
  promptsDir?: string,
): Promise<ModelAssistant | undefined> {
  if (!llm) return undefined;
  const loaded = await loadPrompts(promptsDir);
  if (!loaded.ok) throw new PromptsProblem(loaded.problem);
  const { createOpenAiLanguageModel } = await import("../../adapters/llm/openai-language-model.js");
  const model = createOpenAiLanguageModel(
    { apiKey: llm.apiKey, baseUrl: llm.baseUrl, model: llm.model, timeoutMs: llm.timeoutMs },
    logger,
  );
  return createModelAssistant({
    model,
    prompts: loaded.prompts,
    dailyLimit: llm.dailyLimit,
    timeoutMs: llm.timeoutMs,
    logger,
  });
}
