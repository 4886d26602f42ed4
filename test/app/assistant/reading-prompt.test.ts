import { describe, expect, it } from "vitest";
import { loadPrompts } from "../../../src/adapters/llm/load-prompts.js";
import { MODEL_INTENTS } from "../../../src/core/assistant/model-reading.js";

describe("the reading prompt", () => {
  it("lists exactly the intents the schema accepts", async () => {
    const loaded = await loadPrompts();
    if (!loaded.ok) throw new Error(loaded.problem);
    const listed = [...loaded.prompts.readMessage.matchAll(/^- "([a-z_]+)":/gm)].map((match) => match[1]);
    expect([...listed].sort()).toEqual([...MODEL_INTENTS].sort());
  });
});
