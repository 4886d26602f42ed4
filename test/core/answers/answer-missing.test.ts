import { beforeAll, describe, expect, it } from "vitest";
import { answerMissing } from "../../../src/core/answers/answer-missing.js";
import type { Catalog, Target } from "../../../src/core/catalog/catalog-schema.js";
import { expectText } from "./expected-text.js";
import {
  catalog,
  NOW,
  ratio,
  snapshotOf,
  THUY_SON_ASSIGNMENTS,
  thuySonFigures,
  thuySonTargets,
  version,
  yes,
} from "./fixtures.js";

let thanhHoa: Catalog;
let thuySon: Record<string, Target | null>;
beforeAll(async () => {
  thanhHoa = await catalog("thanh-hoa-2023");
  thuySon = await thuySonTargets();
});

describe("answerMissing", () => {
  it("groups indicators without data by the member responsible, tags them, then lists the unassigned", async () => {
    const answer = answerMissing(
      snapshotOf({
        catalog: thanhHoa,
        targetOverrides: thuySon,
        figures: thuySonFigures(),
        assignments: THUY_SON_ASSIGNMENTS,
      }),
      NOW,
    );
    await expectText("missing-thuy-son", answer.text);
    expect(answer.text.split("\n")).toEqual([
      "Còn 24 chỉ tiêu chưa có số liệu năm 2024 (tính đến 20/09/2024):",
      "• @Lan (2): 1.2, 1.3",
      // 2.6 was reported, then withdrawn by an undo: it is missing again.
      "• @Hùng (3): 2.1, 2.2, 2.6",
      "• @Mai (1): 4.3",
      // 4.1 was Tuấn's, who left the committee.
      "• Chưa phân công (18): 1.8, 1.9, 1.10, 1.11, 2.3, 3.5, 3.6, 3.7, 3.8, 3.11, 3.12, 4.1, 4.2, 4.4, 4.5, 4.6, 4.7, 4.8",
      "Đề nghị các đồng chí cập nhật bằng lệnh /capnhat. Gõ mã chỉ tiêu (ví dụ 1.2) để xem chi tiết.",
    ]);
    expect(answer.mentions).toEqual([
      { membershipId: "m-lan", displayName: "Lan", platformUserId: "tg-101" },
      { membershipId: "m-hung", displayName: "Hùng", platformUserId: "tg-102" },
      { membershipId: "m-mai", displayName: "Mai" },
    ]);
  });

  it("lists an indicator with two people responsible under both", () => {
    const text = answerMissing(
      snapshotOf({ catalog: thanhHoa, assignments: { "1.7": ["m-lan", "m-hung"] } }),
      NOW,
    ).text;
    expect(text).toMatch(/^• @Lan \(1\): 1\.7$/m);
    expect(text).toMatch(/^• @Hùng \(1\): 1\.7$/m);
  });

  it("does not ask for not-assessed indicators", () => {
    const text = answerMissing(snapshotOf({ catalog: thanhHoa }), NOW).text;
    expect(text.split("\n")[0]).toBe("Còn 35 chỉ tiêu chưa có số liệu năm 2024 (tính đến 20/09/2024):");
    expect(text).not.toMatch(/\b(1\.11|4\.8)\b/);
  });

  it("says so when every assessed indicator has a figure, met or not", () => {
    const figures = Object.fromEntries(
      thanhHoa.indicators.map((indicator) => [
        indicator.code,
        [version("2024-09-01T08:00", indicator.measure.kind === "ratio" ? ratio(1, 2) : yes(false))],
      ]),
    );
    expect(answerMissing(snapshotOf({ catalog: thanhHoa, figures }), NOW)).toEqual({
      text: "Cả 35 chỉ tiêu của xã Thúy Sơn đều đã có số liệu năm 2024. Cảm ơn các đồng chí!",
      mentions: [],
    });
  });

  it("names a non-yearly period as a kỳ", () => {
    const text = answerMissing(snapshotOf({ catalog: thanhHoa, period: "2024-Q3" }), NOW).text;
    expect(text.split("\n")[0]).toBe("Còn 35 chỉ tiêu chưa có số liệu kỳ 2024-Q3 (tính đến 20/09/2024):");
  });
});
