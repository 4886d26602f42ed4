import { beforeAll, describe, expect, it } from "vitest";
import type { Catalog } from "../../src/core/catalog/catalog-schema.js";
import { parseMessage } from "../../src/core/parsing/parse-message.js";
import { loadCatalogOrFail } from "../support/catalogs.js";
import { member, step, stranger } from "./converse-step.js";

/**
 * Words typed by anyone in a group reach lookups keyed by user text before any membership
 * check. Every name Object.prototype answers to must read as an ordinary unknown word.
 */
const prototypeKeys = [...Object.getOwnPropertyNames(Object.prototype), "__proto__", "prototype", "then", "toJSON"];

const texts = prototypeKeys.flatMap((key) => [key, `/${key}`, `/capnhat ${key}`, `3.2 ${key}`, `${key} 6608/8315`]);

let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadCatalogOrFail("thanh-hoa-2023");
});

describe("Object.prototype names in messages", () => {
  it.each(texts)("%s is parsed without throwing and names no indicator", (text) => {
    const parsed = parseMessage(text, catalog);
    expect(typeof parsed.intent).toBe("string");
    expect(JSON.stringify(parsed)).not.toContain("function");
  });

  it.each(texts)("%s gets a reply or silence, never an exception, and saves nothing", (text) => {
    for (const sender of [member, stranger]) {
      for (const isGroup of [true, false]) {
        const outcome = step(catalog, text, sender, isGroup);
        expect(outcome.effects.every((e) => e.type === "reply")).toBe(true);
        for (const effect of outcome.effects) if (effect.type === "reply") expect(effect.text).toMatch(/\S/);
      }
    }
  });
});
