import { describe, expect, it } from "vitest";
import { resolveTarget } from "../../../src/core/evaluation/resolve-target.js";
import { fibre } from "./fixtures.js";

describe("resolveTarget", () => {
  const indicator = fibre({ op: ">=", value: 85 });

  it("uses the catalog's target when the commune set none", () => {
    expect(resolveTarget(indicator)).toEqual({ op: ">=", value: 85 });
    expect(resolveTarget(indicator, undefined)).toEqual({ op: ">=", value: 85 });
  });

  it("lets the commune's own target win", () => {
    expect(resolveTarget(indicator, { op: ">=", value: 60 })).toEqual({ op: ">=", value: 60 });
  });

  it("treats an explicit null as not assessed, over the catalog's target", () => {
    expect(resolveTarget(indicator, null)).toBeNull();
  });

  it("lets a commune assess what the catalog does not", () => {
    const unassessed = fibre(null);
    expect(resolveTarget(unassessed)).toBeNull();
    expect(resolveTarget(unassessed, { op: ">=", value: 50 })).toEqual({ op: ">=", value: 50 });
  });
});
