import { describe, expect, it } from "vitest";
import { catalogSchema } from "../../src/core/catalog/catalog-schema.js";
import { loadCatalogOrFail } from "../support/catalogs.js";

const CATALOGS = ["thanh-hoa-2023", "hue-2023", "ha-trung-2024", "bac-kan-2025"];

describe("short names of indicators", () => {
  it.each(CATALOGS)("%s gives every indicator a short, unique name shorter than its full one", async (id) => {
    const catalog = await loadCatalogOrFail(id);
    const shorts = catalog.indicators.map((indicator) => indicator.short ?? "");
    expect(shorts.filter((short) => short === "")).toEqual([]);
    expect(shorts.filter((short) => short.length > 45)).toEqual([]);
    expect(new Set(shorts.map((short) => short.toLocaleLowerCase("vi"))).size).toBe(shorts.length);
  });

  it("refuses a catalog where two indicators share a short name, naming both", async () => {
    const catalog = await loadCatalogOrFail("thanh-hoa-2023");
    const [first, second, ...rest] = catalog.indicators;
    if (!first || !second) throw new Error("catalog too small");
    const parsed = catalogSchema.safeParse({
      ...catalog,
      indicators: [first, { ...second, short: first.short?.toUpperCase() }, ...rest],
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.message)).toContain(
      `tên ngắn "${first.short?.toUpperCase()}" trùng với chỉ tiêu ${first.code}`,
    );
  });
});
