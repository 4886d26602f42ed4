import { beforeAll, describe, expect, it } from "vitest";
import { answerUnmet } from "../../../src/core/answers/answer-unmet.js";
import type { Catalog, Target } from "../../../src/core/catalog/catalog-schema.js";
import { expectText } from "./expected-text.js";
import {
  catalog,
  HUE_ASSIGNMENTS,
  hueFigures,
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
let hue: Catalog;
let thuySon: Record<string, Target | null>;
beforeAll(async () => {
  thanhHoa = await catalog("thanh-hoa-2023");
  hue = await catalog("hue-2023");
  thuySon = await thuySonTargets();
});

const thuySonSnapshot = () =>
  snapshotOf({
    catalog: thanhHoa,
    targetOverrides: thuySon,
    figures: thuySonFigures(),
    assignments: THUY_SON_ASSIGNMENTS,
  });

describe("answerUnmet", () => {
  it("lists unmet indicators under their pillar with figure, target, gap and who is responsible", async () => {
    const answer = answerUnmet(thuySonSnapshot(), NOW);
    await expectText("unmet-thuy-son", answer.text);
    const lines = answer.text.split("\n");
    expect(lines[0]).toBe("Xã Thúy Sơn còn 4 chỉ tiêu chưa đạt, 24 chỉ tiêu chưa có số liệu (tính đến 20/09/2024):");
    // Pillar headings in catalog order, each followed by its own unmet indicators.
    const heading = (name: string) => lines.indexOf(name);
    expect(heading("Chính quyền số")).toBeLessThan(heading("Kinh tế số"));
    expect(heading("Kinh tế số")).toBeLessThan(heading("Xã hội số"));
    expect(heading("Hạ tầng số")).toBe(-1);
    expect(lines[heading("Chính quyền số") + 1]).toBe(
      "• 1.6 Hồ sơ TTHC trực tuyến: 96,6% / ≥ 100% (còn thiếu 15 hồ sơ để đạt 100%) — phụ trách: @Lan",
    );
    expect(lines[heading("Chính quyền số") + 2]).toBe(
      "• 1.7 Kênh tiếp nhận ý kiến người dân (Zalo…): Chưa có / Có — phụ trách: @Lan, @Hùng",
    );
    expect(answer.text).toContain(
      "• 3.9 Tài khoản định danh điện tử: 67,9% / ≥ 100% (còn thiếu 2.576 người để đạt 100%) — phụ trách: @Lan",
    );
  });

  it("tags each responsible member once, with their platform account", () => {
    const answer = answerUnmet(thuySonSnapshot(), NOW);
    expect(answer.mentions).toEqual([
      { membershipId: "m-lan", displayName: "Lan", platformUserId: "tg-101" },
      { membershipId: "m-hung", displayName: "Hùng", platformUserId: "tg-102" },
    ]);
  });

  it("lists indicators without data compactly at the end, codes grouped by pillar, a withdrawn figure among them", () => {
    const text = answerUnmet(thuySonSnapshot(), NOW).text;
    const tail = text.slice(text.indexOf("\nChưa có số liệu:") + 1);
    expect(tail.split("\n")).toEqual([
      "Chưa có số liệu:",
      "• Chính quyền số: 1.2, 1.3, 1.8, 1.9, 1.10, 1.11",
      "• Kinh tế số: 2.1, 2.2, 2.3, 2.6",
      "• Xã hội số: 3.5, 3.6, 3.7, 3.8, 3.11, 3.12",
      "• Hạ tầng số: 4.1, 4.2, 4.3, 4.4, 4.5, 4.6, 4.7, 4.8",
      "Gõ /capnhat để cập nhật số liệu.",
    ]);
  });

  it("leaves out not-assessed indicators even when they have a figure below the province's target", () => {
    // 3.3 is 3.749/6.353 = 59% (province ≥ 55%), but Thúy Sơn does not assess it.
    const text = answerUnmet(thuySonSnapshot(), NOW).text;
    expect(text).not.toMatch(/\b3\.3\b/);
  });

  it("a commune override makes a figure unmet that the province's target passes", () => {
    const figures = { "3.2": [version("2024-09-18T16:20", ratio(6608, 8315))] };
    const provincial = answerUnmet(snapshotOf({ catalog: thanhHoa, figures }), NOW).text;
    expect(provincial).not.toContain("3.2 Tài khoản ngân hàng");
    const own = answerUnmet(
      snapshotOf({
        catalog: thanhHoa,
        figures,
        targetOverrides: { "3.2": { op: ">=", value: 85 } },
        assignments: { "3.2": ["m-lan"] },
      }),
      NOW,
    );
    expect(own.text).toContain(
      "• 3.2 Tài khoản ngân hàng (từ 15 tuổi): 79,4% / ≥ 85% (còn thiếu 460 người để đạt 85%) — phụ trách: @Lan",
    );
  });

  it("says 'chưa phân công' when nobody, or only a removed member, is responsible", () => {
    const figures = {
      "1.7": [version("2024-09-10T14:35", yes(false))],
      "4.5": [version("2024-09-10T14:40", yes(false))],
    };
    const text = answerUnmet(snapshotOf({ catalog: thanhHoa, figures, assignments: { "4.5": ["m-tuan"] } }), NOW).text;
    expect(text).toContain("• 1.7 Kênh tiếp nhận ý kiến người dân (Zalo…): Chưa có / Có — phụ trách: chưa phân công");
    expect(text).toContain("• 4.5 Wifi công cộng: Chưa có / Có — phụ trách: chưa phân công");
  });

  it("with no figures at all, says nothing is unmet yet and lists every assessed indicator as missing", () => {
    const answer = answerUnmet(snapshotOf({ catalog: thanhHoa }), NOW);
    const lines = answer.text.split("\n");
    // 1.11 and 4.8 are not assessed by the province.
    expect(lines[0]).toBe(
      "Xã Thúy Sơn không có chỉ tiêu nào chưa đạt, còn 35 chỉ tiêu chưa có số liệu (tính đến 20/09/2024):",
    );
    expect(lines.slice(1, 4)).toEqual([
      "",
      "Chưa có số liệu:",
      "• Chính quyền số: 1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 1.7, 1.8, 1.9, 1.10",
    ]);
    expect(answer.mentions).toEqual([]);
  });

  it("leads with both counts, and says so when every assessed indicator has a figure", () => {
    const figures = everyAssessedIndicatorMet();
    figures["4.1"] = [version("2024-09-01T08:00", ratio(1500, 1960))];
    const text = answerUnmet(snapshotOf({ catalog: thanhHoa, figures }), NOW).text;
    expect(text.split("\n")[0]).toBe(
      "Xã Thúy Sơn còn 1 chỉ tiêu chưa đạt, không còn chỉ tiêu nào chưa có số liệu (tính đến 20/09/2024):",
    );
    expect(text).not.toContain("Chưa có số liệu");
  });

  it("congratulates with the count when every assessed indicator is met", () => {
    const figures = everyAssessedIndicatorMet();
    const answer = answerUnmet(snapshotOf({ catalog: thanhHoa, figures }), NOW);
    expect(answer).toEqual({
      text: "Chúc mừng xã Thúy Sơn: cả 35 chỉ tiêu được đánh giá đều đã đạt (tính đến 20/09/2024).",
      mentions: [],
    });
  });

  it("shows scored choice and count items of a points set with what would meet them", () => {
    const answer = answerUnmet(
      snapshotOf({ catalog: hue, communeName: "Phong Hiền", figures: hueFigures(), assignments: HUE_ASSIGNMENTS }),
      NOW,
    );
    expect(answer.text).toContain(
      "• I.1.1 Quyết định thành lập BCĐ CĐS: Cấp phó của người đứng đầu / Người đứng đầu (Chủ tịch UBND xã hoặc Bí thư Đảng ủy xã) — phụ trách: @Mai",
    );
    expect(answer.text).toContain(
      "• I.2.1 Dự họp BCĐ CĐS của huyện: 3 cuộc họp / ≥ 4 cuộc họp (còn thiếu 1 cuộc họp để đạt 4) — phụ trách: @Lan",
    );
    expect(answer.text).toContain(
      "• III.3.1 Hộ có Internet cáp quang: 85,9% / ≥ 100% (còn thiếu 275 hộ để đạt 100%) — phụ trách: @Hùng",
    );
    expect(answer.mentions.map((m) => m.displayName)).toEqual(["Mai", "Lan", "Hùng"]);
    expect(answer.mentions[0]).not.toHaveProperty("platformUserId");
  });
});

/** A figure that meets its target for every assessed indicator of the Thanh Hóa catalog. */
function everyAssessedIndicatorMet() {
  return Object.fromEntries(
    thanhHoa.indicators
      .filter((indicator) => indicator.target !== null)
      .map((indicator) => [
        indicator.code,
        [version("2024-09-01T08:00", indicator.measure.kind === "ratio" ? ratio(100, 100) : yes(true))],
      ]),
  );
}
