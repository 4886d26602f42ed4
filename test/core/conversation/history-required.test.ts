import { describe, expect, it } from "vitest";
import type { Catalog } from "../../../src/core/catalog/catalog-schema.js";
import { type CommuneSnapshot, withFigures } from "../../../src/core/conversation/commune-snapshot.js";
import { HistoryRequired, requireFullHistory } from "../../../src/core/conversation/history-required.js";
import { thuySonSnapshot } from "../../support/thuy-son-snapshot.js";

function snapshot(extra: Partial<CommuneSnapshot> = {}): CommuneSnapshot {
  return thuySonSnapshot({ indicators: [] } as unknown as Catalog, extra);
}

/** What `requireFullHistory` asks for: null when it lets the step go on. */
function asked(snap: CommuneSnapshot, codes?: readonly string[]): { codes: readonly string[] | undefined } | null {
  try {
    requireFullHistory(snap, codes);
    return null;
  } catch (error) {
    if (error instanceof HistoryRequired) return { codes: error.codes };
    throw error;
  }
}

describe("asking for older figure versions", () => {
  it("lets a step go on when the snapshot holds every version", () => {
    expect(asked(snapshot())).toBeNull();
    expect(asked(snapshot({ history: "full" }), ["3.2"])).toBeNull();
  });

  it("asks for one indicator's versions, or for all, when it holds only the figures in force", () => {
    const latest = snapshot({ history: "latest" });
    expect(asked(latest, ["3.2"])).toEqual({ codes: ["3.2"] });
    expect(asked(latest)).toEqual({ codes: undefined });
  });

  it("lets a step go on with the indicators loaded for it, and asks again for any other", () => {
    const some = snapshot({ history: "latest", historyOf: ["3.2"] });
    expect(asked(some, ["3.2"])).toBeNull();
    expect(asked(some, ["3.2", "3.4"])).toEqual({ codes: ["3.2", "3.4"] });
    expect(asked(some)).toEqual({ codes: undefined });
  });

  it("drops what was read beside the figures in force once other figures take their place", () => {
    const versions = {
      "3.2": [
        {
          version: 1,
          kind: "update" as const,
          value: { kind: "percent" as const, percent: 70 },
          previousValue: null,
          at: new Date("2023-11-20T01:00:00Z"),
          byMembershipId: "m-lan",
          byName: "Lan",
          platform: "telegram",
          chatId: "g1",
          evidence: [],
        },
      ],
    };
    const latest = snapshot({
      history: "latest",
      historyOf: ["3.4"],
      memberActivity: {},
      lastDenominators: { "3.2": 8315 },
      lastEvidence: { "3.2": [{ kind: "link", url: "https://thuyson.gov.vn/bc" }] },
    });
    const every = withFigures(latest, versions);
    expect(every).toEqual(snapshot({ figures: versions }));
    expect(asked(every)).toBeNull();
  });
});
