import { beforeAll, describe, expect, it } from "vitest";
import { answerCompare } from "../../../src/core/answers/answer-compare.js";
import { answerMembers } from "../../../src/core/answers/answer-members.js";
import { answerMet } from "../../../src/core/answers/answer-met.js";
import { answerScore } from "../../../src/core/answers/answer-score.js";
import type { Catalog, Target } from "../../../src/core/catalog/catalog-schema.js";
import {
  catalog,
  HUE_ASSIGNMENTS,
  hueFigures,
  NOW,
  ratio,
  snapshotOf,
  THUY_SON_ASSIGNMENTS,
  TZ,
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

describe("answerMet", () => {
  it("counts the met over the assessed, lists them by group with figure and target, and says what is left", () => {
    const text = answerMet(thuySonSnapshot(), NOW, TZ).text;
    const lines = text.split("\n");
    expect(lines[0]).toMatch(/^Xã Thúy Sơn đã đạt 8\/36 chỉ tiêu được đánh giá \(tính đến 20\/09\/2024\):$/);
    expect(text).toContain("• 3.2 Tài khoản ngân hàng (từ 15 tuổi): 79,4% / ≥ 65%");
    expect(text).not.toContain("1.7");
    expect(lines.at(-1)).toMatch(/^Còn 4 chỉ tiêu chưa đạt và 24 chỉ tiêu chưa có số liệu\. Gõ \/chuadat/);
  });

  it("says plainly when nothing is met yet", () => {
    const text = answerMet(snapshotOf({ catalog: thanhHoa }), NOW, TZ).text;
    expect(text).toBe(
      "Xã Thúy Sơn chưa có chỉ tiêu nào đạt trong 35 chỉ tiêu được đánh giá (tính đến 20/09/2024).\nCòn 35 chỉ tiêu chưa có số liệu. Gõ /chuadat để xem chi tiết.",
    );
  });
});

describe("answerScore", () => {
  it("gives a scored catalog's estimated total and each group out of its maximum", () => {
    const text = answerScore(
      snapshotOf({ catalog: hue, figures: hueFigures(), assignments: HUE_ASSIGNMENTS }),
      NOW,
      TZ,
    ).text;
    const lines = text.split("\n");
    expect(lines[0]).toMatch(
      /^Điểm chuyển đổi số của xã Thúy Sơn năm 2024 \(ước tính, tính đến 20\/09\/2024\): [\d,]+\/600 điểm$/,
    );
    expect(lines.filter((line) => line.startsWith("• "))).toHaveLength(hue.groups.length);
    expect(text).toContain("chỉ tiêu chưa có số liệu đang tính 0 điểm");
  });

  it("says an unscored catalog gives no score and answers with the met counts instead", () => {
    const text = answerScore(thuySonSnapshot(), NOW, TZ).text;
    expect(text.split("\n")[0]).toBe(
      "Bộ tiêu chí chuyển đổi số cấp xã tỉnh Thanh Hóa năm 2023 không chấm điểm, nên xã Thúy Sơn không có điểm số.",
    );
    expect(text).toMatch(
      /Kết quả năm 2024 \(tính đến 20\/09\/2024\): 8\/36 chỉ tiêu đạt, 4 chưa đạt, 24 chưa có số liệu\./,
    );
    expect(text).not.toMatch(/\d điểm/);
  });
});

describe("answerCompare", () => {
  it("says there is no earlier year to compare with", () => {
    const text = answerCompare(snapshotOf({ catalog: thanhHoa, earlierYear: null }), NOW, TZ).text;
    expect(text).toContain("chưa có kế hoạch năm nào trước năm 2024");
  });

  it("puts this year's counts beside the earlier year's and names what became met or no longer is", () => {
    const earlierYear = {
      year: 2023,
      catalog: thanhHoa,
      targetOverrides: {},
      figures: {
        "1.7": [version("2023-10-01T09:00", yes(true))],
        "3.2": [version("2023-10-01T09:00", ratio(5000, 8315))],
      },
    };
    const snapshot = snapshotOf({
      catalog: thanhHoa,
      figures: {
        "1.7": [version("2024-09-01T09:00", yes(false))],
        "3.2": [version("2024-09-01T09:00", ratio(6608, 8315))],
      },
      earlierYear,
    });
    expect(answerCompare(snapshot, NOW, TZ).text).toBe(
      [
        "So sánh kết quả xã Thúy Sơn năm 2024 với năm 2023 (tính đến 20/09/2024):",
        "• Đạt: 1/35 chỉ tiêu (năm 2023: 1/35)",
        "• Chưa đạt: 1 (năm 2023: 1)",
        "• Chưa có số liệu: 33 (năm 2023: 33)",
        "Mới đạt so với năm 2023: 3.2.",
        "Năm 2023 đạt, nay chưa đạt hoặc chưa có số liệu: 1.7.",
      ].join("\n"),
    );
  });

  it("compares only counts when the earlier year used another catalog", () => {
    const snapshot = snapshotOf({
      catalog: hue,
      earlierYear: { year: 2022, catalog: thanhHoa, targetOverrides: {}, figures: {} },
    });
    const text = answerCompare(snapshot, NOW, TZ).text;
    expect(text).toContain("• Đạt: 0/");
    expect(text).toContain("Năm 2022 dùng bộ chỉ tiêu khác (Bộ tiêu chí chuyển đổi số cấp xã tỉnh Thanh Hóa năm 2023)");
  });
});

describe("answerMembers", () => {
  it("lists approved members with role, assigned indicators and last update, and leaves removed ones out", () => {
    const text = answerMembers(thuySonSnapshot(), TZ).text;
    const lines = text.split("\n");
    expect(lines[0]).toBe("Ban chỉ đạo chuyển đổi số xã Thúy Sơn (3 thành viên):");
    expect(lines[1]).toBe(
      "• Lan — thư ký · phụ trách 1.2, 1.3, 1.6, 1.7, 3.2, 3.4, 3.9 · cập nhật gần nhất 20/09/2024 (3.4)",
    );
    expect(lines[2]).toBe(
      "• Hùng — thành viên · phụ trách 1.7, 2.1, 2.2, 2.5, 2.6 · cập nhật gần nhất 17/09/2024 (3.4)",
    );
    expect(lines[3]).toBe("• Mai — trưởng ban · phụ trách 1.1, 4.3 · cập nhật gần nhất 02/09/2024 (1.1)");
    expect(text).not.toContain("Tuấn");
    expect(answerMembers(thuySonSnapshot(), TZ).mentions).toEqual([]);
  });
});
