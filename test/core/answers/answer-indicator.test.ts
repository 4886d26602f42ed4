import { beforeAll, describe, expect, it } from "vitest";
import { answerIndicator } from "../../../src/core/answers/answer-indicator.js";
import type { Catalog, Target } from "../../../src/core/catalog/catalog-schema.js";
import { expectText } from "./expected-text.js";
import {
  catalog,
  count,
  HUE_ASSIGNMENTS,
  hueFigures,
  NOW,
  percent,
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

const thuySonSnapshot = () =>
  snapshotOf({
    catalog: thanhHoa,
    targetOverrides: thuySon,
    figures: thuySonFigures(),
    assignments: THUY_SON_ASSIGNMENTS,
  });

describe("answerIndicator", () => {
  it("shows 3.2 with counts, percent, the commune's own target, evidence and formula", async () => {
    const answer = answerIndicator(thuySonSnapshot(), "3.2", NOW);
    await expectText("indicator-3.2-thuy-son", answer.text);
    const lines = answer.text.split("\n");
    expect(lines[0]).toBe(
      "3.2 Tỷ lệ dân số từ 15 tuổi trở lên có tài khoản giao dịch thanh toán tại ngân hàng hoặc tổ chức được phép khác",
    );
    expect(lines).toContain("Số liệu: 6.608/8.315 người (79,4%)");
    expect(lines).toContain("Chỉ tiêu: ≥ 65% (chỉ tiêu của xã; bộ chỉ tiêu: ≥ 75%)");
    expect(lines).toContain("Đánh giá: Đạt");
    expect(lines).toContain("Phụ trách: @Lan");
    expect(lines).toContain(
      "Minh chứng: số 189/BC-UBND ngày 27/11/2023; https://hoangphu.hoanghoa.thanhhoa.gov.vn/bao-cao-189",
    );
    expect(lines.some((line) => line.startsWith("Cách tính: ("))).toBe(true);
    expect(answer.mentions).toEqual([{ membershipId: "m-lan", displayName: "Lan", platformUserId: "tg-101" }]);
  });

  it("shows the last three versions, newest first, with before → after for corrections and undos", () => {
    const lines = answerIndicator(thuySonSnapshot(), "3.4", NOW).text.split("\n");
    const start = lines.indexOf("Lịch sử cập nhật:");
    expect(lines.slice(start + 1, start + 5)).toEqual([
      "• 20/09/2024 07:45 — Lan sửa: 4.400/6.353 người (69,2%) → 4.485/6.353 người (70,5%)",
      "• 19/09/2024 10:05 — Lan hoàn tác: 4.485/6.353 người (70,5%) → 4.400/6.353 người (69,2%)",
      "• 19/09/2024 10:00 — Lan sửa: 4.400/6.353 người (69,2%) → 4.485/6.353 người (70,5%)",
      "(và 1 lần trước đó)",
    ]);
    expect(lines).toContain("Số liệu: 4.485/6.353 người (70,5%)");
  });

  it("a commune override makes 1.6 unmet and the gap is given in hồ sơ", () => {
    const lines = answerIndicator(thuySonSnapshot(), "1.6", NOW).text.split("\n");
    expect(lines).toContain("Số liệu: 433/448 hồ sơ (96,6%)");
    expect(lines).toContain("Chỉ tiêu: ≥ 100% (chỉ tiêu của xã; bộ chỉ tiêu: > 0%)");
    expect(lines).toContain("Đánh giá: Chưa đạt — còn thiếu 15 hồ sơ để đạt 100%");
    const provincial = answerIndicator(
      snapshotOf({ catalog: thanhHoa, figures: thuySonFigures() }),
      "1.6",
      NOW,
    ).text.split("\n");
    expect(provincial).toContain("Chỉ tiêu: > 0%");
    expect(provincial).toContain("Đánh giá: Đạt");
  });

  it("says when a figure was withdrawn, and asks for the evidence the catalog requires", () => {
    const answer = answerIndicator(thuySonSnapshot(), "2.6", NOW);
    const lines = answer.text.split("\n");
    expect(lines).toContain("Số liệu: Chưa có số liệu (số liệu đã được rút lại ngày 12/09/2024)");
    // The value line says it; no "Đánh giá: Chưa có số liệu" repeating it.
    expect(lines.some((line) => line.startsWith("Đánh giá:"))).toBe(false);
    expect(lines).toContain("• 12/09/2024 08:25 — Hùng hoàn tác: 5/7 doanh nghiệp (71,4%) → Chưa có số liệu");
    expect(lines).toContain("Minh chứng cần có: Danh sách doanh nghiệp sử dụng nền tảng số");
  });

  it("an undo that restores a figure brings back that figure's evidence", () => {
    const doc = { kind: "document" as const, reference: "208/BC-UBND", issuedOn: "2023-12-06" };
    const figures = {
      "3.4": [
        version("2024-09-17T09:15", ratio(4485, 6353), { evidence: [doc] }),
        version("2024-09-19T10:00", ratio(4400, 6353), { kind: "correction", previous: ratio(4485, 6353) }),
        version("2024-09-19T10:05", ratio(4485, 6353), { kind: "undo", previous: ratio(4400, 6353) }),
      ],
    };
    const text = answerIndicator(snapshotOf({ catalog: thanhHoa, figures }), "3.4", NOW).text;
    expect(text).toContain("Minh chứng: số 208/BC-UBND ngày 06/12/2023");
  });

  it("shows a not-assessed indicator's figure with no verdict, saying 'Không đánh giá' once", () => {
    const lines = answerIndicator(thuySonSnapshot(), "3.3", NOW).text.split("\n");
    expect(lines).toContain("Số liệu: 3.749 thuê bao/6.353 người (59,0%)");
    expect(lines).toContain("Chỉ tiêu: Không đánh giá (theo kế hoạch của xã)");
    expect(lines.filter((line) => line.includes("Không đánh giá"))).toHaveLength(1);
    expect(lines).toContain("Phụ trách: chưa phân công");
  });

  it("shows a percent-only figure with its gap in percentage points", () => {
    const figures = { "3.2": [version("2024-09-18T16:20", percent(70.5))] };
    const lines = answerIndicator(snapshotOf({ catalog: thanhHoa, figures }), "3.2", NOW).text.split("\n");
    expect(lines).toContain("Số liệu: 70,5%");
    expect(lines).toContain("Đánh giá: Chưa đạt — còn thiếu 4,5 điểm phần trăm để đạt 75%");
  });

  it("in a scored set, shows points, the deadline with days left and the scoring rule", async () => {
    const snapshot = snapshotOf({
      catalog: hue,
      communeName: "Phong Hiền",
      figures: hueFigures(),
      assignments: HUE_ASSIGNMENTS,
    });
    const answer = answerIndicator(snapshot, "i.2.1", NOW);
    await expectText("indicator-I.2.1-hue", answer.text);
    const lines = answer.text.split("\n");
    expect(lines[0]).toBe("I.2.1 Tham gia đầy đủ các phiên họp BCĐ CĐS của huyện");
    expect(lines).toContain("Số liệu: 3 cuộc họp");
    expect(lines).toContain("Chỉ tiêu: ≥ 4 cuộc họp");
    expect(lines).toContain("Đánh giá: Chưa đạt — còn thiếu 1 cuộc họp để đạt 4");
    expect(lines).toContain("Điểm ước tính: 1,5/2");
    expect(lines).toContain("Hạn hoàn thành: thứ Năm, 31/10/2024 (còn 41 ngày)");
    expect(lines.some((line) => line.startsWith("Cách chấm điểm: Số lượng cuộc họp tham gia là 4 cuộc"))).toBe(true);
    expect(lines).toContain(
      "Minh chứng: chưa đính kèm (cần: Văn bản báo cáo thống kê có ký số từ đơn vị chủ trì tổ chức)",
    );
  });

  it("notes a passed deadline and names the chosen option of a choice", () => {
    const snapshot = snapshotOf({ catalog: hue, figures: hueFigures() });
    const lines = answerIndicator(snapshot, "I.2.3", NOW).text.split("\n");
    expect(lines).toContain("Số liệu: Có tổ chức, không do người đứng đầu chủ trì");
    expect(lines).toContain("Chỉ tiêu: Có tổ chức, người đứng đầu chủ trì");
    expect(lines).toContain("Điểm ước tính: 1/2");
    expect(lines).toContain("Hạn hoàn thành: Chủ nhật, 30/06/2024 (đã qua 82 ngày)");
  });

  it("explains a stored figure that no longer fits the measure instead of failing", () => {
    const figures = { "3.2": [version("2024-09-18T16:20", count(6608))] };
    const lines = answerIndicator(snapshotOf({ catalog: thanhHoa, figures }), "3.2", NOW).text.split("\n");
    expect(lines).toContain("Số liệu: 6.608");
    expect(lines).toContain(
      "Đánh giá: Chưa có số liệu — số liệu đã lưu không khớp cách tính của chỉ tiêu, cần cập nhật lại",
    );
  });

  it("matches codes regardless of case, spaces, trailing punctuation or a decimal comma", () => {
    const snapshot = thuySonSnapshot();
    for (const typed of [" 3.2 ", "3.2?", "3,2", "3.2."])
      expect(answerIndicator(snapshot, typed, NOW).text.startsWith("3.2 ")).toBe(true);
    expect(answerIndicator(snapshotOf({ catalog: hue }), "viii.2.2", NOW).text.startsWith("VIII.2.2 ")).toBe(true);
  });

  it("answers an unknown code with the codes that exist, as a value", () => {
    expect(answerIndicator(thuySonSnapshot(), "9.9", NOW)).toEqual({
      text: 'Không có chỉ tiêu mã "9.9".\nCác mã trong bộ chỉ tiêu của xã: 1.1–1.11, 2.1–2.6, 3.1–3.12, 4.1–4.8.',
      mentions: [],
    });
    expect(answerIndicator(snapshotOf({ catalog: hue }), "", NOW).text).toBe(
      'Vui lòng gõ mã chỉ tiêu, ví dụ "I.1.1 thế nào?".\nCác mã trong bộ chỉ tiêu của xã: I.1.1–I.8.2, II.1.1–II.3.1, III.1.1–III.6.4, IV.1.1–IV.5.1, V.1.1–V.4.1, VI.1.1–VI.12.1, VII.1.1–VII.2.1, VIII.1.1–VIII.9.2.',
    );
  });
});
