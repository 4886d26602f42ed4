import { beforeAll, describe, expect, it } from "vitest";
import { indexCatalog } from "../../src/core/parsing/indicator-index.js";
import { parseMessage } from "../../src/core/parsing/parse-message.js";
import { parseReply } from "../../src/core/parsing/parse-reply.js";
import { toParseJson } from "../../src/core/parsing/to-parse-json.js";
import { MAX_READ_CHARS, typedText } from "../../src/core/text/typed-text.js";
import { loadCatalogOrFail } from "../support/catalogs.js";

let index: ReturnType<typeof indexCatalog>;
beforeAll(async () => {
  index = indexCatalog(await loadCatalogOrFail("thanh-hoa-2023"));
});

describe("invisible characters", () => {
  it.each([
    ["zero-width space", "3.2: 6.6\u200b08/8.315"],
    ["zero-width joiner", "3.2: 6.608/8.3\u200d15"],
    ["byte order mark", "\ufeff3.2: 6.608/8.315"],
    ["right-to-left mark", "3.2: \u200f6.608/8.315"],
    ["soft hyphen", "3.2: 6.6\u00ad08/8.315"],
    ["NUL", "3.2: 6.608\u0000/8.315"],
    ["carriage return", "3.2: 6.608/8.315\r"],
  ])("a %s inside a figure does not split it", (_name, text) => {
    expect(toParseJson(parseMessage(text, index), index.catalog)).toMatchObject({
      intent: "update",
      code: "3.2",
      numerator: 6608,
      denominator: 8315,
    });
  });

  it("keeps line breaks and tabs, which separate lines of figures", () => {
    expect(typedText("3.1: 1/2\n3.2:\t3/4")).toBe("3.1: 1/2\n3.2:\t3/4");
  });

  it("reads an answer to a step the same way", () => {
    expect(parseReply("1.9\u200b60", { kind: "count" })).toEqual({ kind: "number", value: 1960 });
  });
});

describe("long messages", () => {
  it(`reads only the first ${MAX_READ_CHARS} characters`, () => {
    const head = "3.2: 6.608/8.315 ";
    const long = head + "x ".repeat(5_000);
    expect(typedText(long).length).toBeLessThanOrEqual(MAX_READ_CHARS);
    expect(parseMessage(long, index)).toEqual(parseMessage(typedText(long), index));
  });

  it.each([
    ["repeated question words", "ai chưa ".repeat(2_000)],
    ["repeated yes", "có ".repeat(30_000)],
    ["repeated codes", "3.2 ".repeat(1_000)],
    ["one endless word", "a".repeat(100_000)],
    ["digits and separators", "1.".repeat(2_048)],
  ])("parses %s without throwing", (_name, text) => {
    expect(typeof parseMessage(text, index).intent).toBe("string");
  });
});
