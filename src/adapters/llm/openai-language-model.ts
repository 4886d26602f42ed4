import OpenAI from "openai";
import type { LanguageModel, ModelFailure, ModelRequest, ModelResponse } from "../../core/assistant/language-model.js";
import type { Logger } from "../logging/create-logger.js";

/** Where the model is and how long a member may wait for it. */
export interface OpenAiModelSettings {
  apiKey: string;
  /** Any OpenAI-compatible endpoint (OpenAI, a gateway, Ollama, vLLM, llama.cpp); OpenAI's own when absent. */
  baseUrl: string | undefined;
  model: string;
  /** Whole budget of one request, fallback included. */
  timeoutMs: number;
}

type Format = "json_schema" | "json_object";

/**
 * The language-model port over the `openai` package, for any OpenAI-compatible endpoint.
 * Asks for structured output with a JSON schema and, when the endpoint refuses that
 * (400/422), falls back to JSON mode with the schema in the instructions, for the rest of
 * the process. Never retries and never throws: a timeout, 429, 5xx, an unreachable server
 * or a reply that is not one JSON object is a failure value. One log line per request
 * with the tokens used and the time taken, never the text.
 */
export function createOpenAiLanguageModel(settings: OpenAiModelSettings, logger: Logger): LanguageModel {
  const client = new OpenAI({
    apiKey: settings.apiKey,
    ...(settings.baseUrl ? { baseURL: settings.baseUrl } : {}),
    timeout: settings.timeoutMs,
    maxRetries: 0,
  });
  let format: Format = "json_schema";

  async function attempt(request: ModelRequest, signal: AbortSignal, as: Format): Promise<ModelResponse> {
    const instructions =
      as === "json_schema"
        ? request.instructions
        : `${request.instructions}\n\nTrả lời đúng một đối tượng JSON theo lược đồ JSON sau, không thêm chữ nào khác:\n${JSON.stringify(request.schema.schema)}`;
    const completion = await client.chat.completions.create(
      {
        model: settings.model,
        messages: [
          { role: "system", content: instructions },
          { role: "user", content: request.input },
        ],
        max_tokens: request.maxTokens,
        temperature: 0,
        response_format:
          as === "json_schema"
            ? {
                type: "json_schema",
                json_schema: { name: request.schema.name, schema: request.schema.schema, strict: true },
              }
            : { type: "json_object" },
      },
      { signal },
    );
    const tokens = {
      prompt: completion.usage?.prompt_tokens ?? 0,
      completion: completion.usage?.completion_tokens ?? 0,
    };
    const json = parseJson(completion.choices[0]?.message?.content ?? "");
    return json === undefined ? { ok: false, failure: "invalid-output" } : { ok: true, json, tokens };
  }

  return {
    async respond(request) {
      const started = Date.now();
      const signal = AbortSignal.timeout(settings.timeoutMs);
      let response: ModelResponse;
      try {
        try {
          response = await attempt(request, signal, format);
        } catch (error) {
          if (format !== "json_schema" || !refusesSchema(error)) throw error;
          format = "json_object";
          logger.info({ component: "llm" }, "endpoint has no JSON-schema output; using JSON mode");
          response = await attempt(request, signal, format);
        }
      } catch (error) {
        response = { ok: false, failure: failureOf(error, signal) };
      }
      const ms = Date.now() - started;
      if (response.ok)
        logger.info(
          {
            component: "llm",
            task: request.task,
            promptTokens: response.tokens.prompt,
            completionTokens: response.tokens.completion,
            ms,
          },
          "language model answered",
        );
      else
        logger.warn(
          { component: "llm", task: request.task, failure: response.failure, ms },
          "language model gave nothing usable",
        );
      return response;
    },
  };
}

function refusesSchema(error: unknown): boolean {
  return error instanceof OpenAI.APIError && (error.status === 400 || error.status === 422);
}

function failureOf(error: unknown, signal: AbortSignal): ModelFailure {
  if (signal.aborted || error instanceof OpenAI.APIConnectionTimeoutError) return "timeout";
  if (error instanceof OpenAI.APIError && error.status === 429) return "rate-limited";
  if (error instanceof OpenAI.APIError && typeof error.status === "number") return "server-error";
  return "unreachable";
}

/** One JSON object from the reply, tolerating a fenced code block; undefined when there is none. */
function parseJson(content: string): unknown {
  const text = content
    .trim()
    .replace(/^```(?:json)?\s*/i, "")
    .replace(/\s*```$/, "");
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === "object" && !Array.isArray(value) ? value : undefined;
  } catch {
    return undefined;
  }
}
