import { beforeAll, describe, expect, it } from "vitest";
import { answerProgress } from "../../../src/core/answers/answer-progress.js";
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
} from "./fixtures.js";

let thanhHoa: Catalog;
let hue: Catalog;
let thuySon: Record<string, Target | null>;
beforeAll(async () => {
  thanhHoa = await catalog("thanh-hoa-2023");
  hue = await catalog("hue-2023");
  thuySon = await thuySonTargets();
});

describe("answerProgress", () => {
  it("gives one line per pillar, the overall line and who updated last", async () => {
    const answer = answerProgress(
      snapshotOf({
        catalog: thanhHoa,
        targetOverrides: thuySon,
        figures: thuySonFigures(),
        assignments: THUY_SON_ASSIGNMENTS,
      }),
      NOW,
    );
    await expectText("progress-thuy-son", answer.text);
    expect(answer.text.split("\n")).toEqual([
      "Tiến độ chuyển đổi số xã Thúy Sơn năm 2024:",
      "Chính quyền số: 3/11 Đạt, 6 chưa có số liệu",
      "Kinh tế số: 1/6 Đạt, 4 chưa có số liệu",
      "Xã hội số: 4/11 Đạt, 6 chưa có số liệu",
      "Hạ tầng số: 0/8 Đạt, 8 chưa có số liệu",
      "Tổng: 8/36 Đạt, 4 chưa đạt, 24 chưa có số liệu, 1 không đánh giá",
      "Cập nhật gần nhất: 20/09/2024 (hôm nay), Lan — chỉ tiêu 3.4",
      "Gõ /chuadat để xem chỉ tiêu chưa đạt.",
    ]);
    expect(answer.mentions).toEqual([]);
  });

  it("estimates the score of a scored set, per group and overall", async () => {
    const answer = answerProgress(
      snapshotOf({ catalog: hue, communeName: "Phong Hiền", figures: hueFigures(), assignments: HUE_ASSIGNMENTS }),
      NOW,
    );
    await expectText("progress-hue", answer.text);
    const lines = answer.text.split("\n");
    expect(lines[1]).toBe("Nhận thức số: 1/16 Đạt, 11 chưa có số liệu · 14,5/90 điểm");
    expect(lines).toContain("Ước tính 51,05/600 điểm");
    expect(lines).toContain("Cập nhật gần nhất: 19/09/2024 (hôm qua), Lan — chỉ tiêu VIII.2.2");
  });

  it("has no points line for an unscored set", () => {
    const text = answerProgress(snapshotOf({ catalog: thanhHoa, figures: thuySonFigures() }), NOW).text;
    expect(text).not.toContain("điểm");
  });

  it("with no figures at all, says nothing was updated", () => {
    const text = answerProgress(snapshotOf({ catalog: hue, communeName: "Phong Hiền" }), NOW).text;
    expect(text).toContain("Tổng: 0/79 Đạt, 79 chưa có số liệu");
    expect(text).toContain("Ước tính 0/600 điểm");
    expect(text).toContain("Chưa có số liệu nào được cập nhật. Gõ /capnhat để bắt đầu.");
    expect(text).not.toContain("/chuadat");
  });

  it("counts an undo as the latest change, and a withdrawn figure as missing", () => {
    const figures = {
      "3.2": [version("2024-09-15T09:00", ratio(6608, 8315))],
      "2.6": [
        version("2024-09-16T08:20", ratio(5, 7), { by: "Hùng" }),
        version("2024-09-17T08:25", null, { kind: "undo", previous: ratio(5, 7), by: "Hùng" }),
      ],
    };
    const text = answerProgress(snapshotOf({ catalog: thanhHoa, figures }), NOW).text;
    expect(text).toContain("Kinh tế số: 0/6 Đạt, 6 chưa có số liệu");
    expect(text).toContain("Cập nhật gần nhất: 17/09/2024 (3 ngày trước), Hùng — chỉ tiêu 2.6");
  });

  it("says 'Không đánh giá' for a pillar with nothing assessed", () => {
    const targets = Object.fromEntries(thanhHoa.indicators.filter((i) => i.group === "2").map((i) => [i.code, null]));
    const text = answerProgress(snapshotOf({ catalog: thanhHoa, targetOverrides: targets }), NOW).text;
    expect(text).toContain("\nKinh tế số: Không đánh giá\n");
  });
});
