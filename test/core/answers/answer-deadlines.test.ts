import { beforeAll, describe, expect, it } from "vitest";
import { answerDeadlines } from "../../../src/core/answers/answer-deadlines.js";
import type { Catalog } from "../../../src/core/catalog/catalog-schema.js";
import { expectText } from "./expected-text.js";
import { catalog, choice, HUE_SCHEDULED, hueFigures, NOW, snapshotOf, TZ, version } from "./fixtures.js";

let thanhHoa: Catalog;
let hue: Catalog;
beforeAll(async () => {
  thanhHoa = await catalog("thanh-hoa-2023");
  hue = await catalog("hue-2023");
});

describe("answerDeadlines", () => {
  it("lists upcoming meetings, deadlines and catalog deadlines in date order, leaving past ones out", async () => {
    const answer = answerDeadlines(
      snapshotOf({ catalog: hue, figures: hueFigures(), scheduled: HUE_SCHEDULED }),
      NOW,
      TZ,
    );
    await expectText("deadlines-hue", answer.text);
    expect(answer.text.split("\n")).toEqual([
      "Lịch họp và hạn nộp sắp tới:",
      "• thứ Sáu, 20/09/2024, 14:00 (hôm nay): Tập huấn kỹ năng số cho tổ công nghệ số tại Nhà văn hóa thôn 3",
      "• thứ Sáu, 20/09/2024 (hôm nay): Hạn: Cập nhật số liệu hộ có cáp quang (chỉ tiêu III.3.1)",
      "• thứ Tư, 25/09/2024 (còn 5 ngày): Hạn: Nộp báo cáo kết quả chuyển đổi số 9 tháng",
      "• thứ Sáu, 27/09/2024, 14:00 (còn 7 ngày): Họp BCĐ CĐS quý 3 tại Hội trường UBND xã",
      "• thứ Hai, 30/09/2024 (còn 10 ngày): Hạn hoàn thành chỉ tiêu I.2.4 Họp BCĐ CĐS quý 3",
      "• thứ Ba, 15/10/2024, 17:00 (còn 25 ngày): Hạn gửi danh sách tin bài I.4.1",
      "• thứ Năm, 31/10/2024 (còn 41 ngày): Hạn hoàn thành 76 chỉ tiêu (còn 74 chỉ tiêu chưa đạt); trong đó có I.2.1 Dự họp BCĐ CĐS của huyện; I.2.5 Họp BCĐ CĐS quý 4; VI.9.1 Họp trực tuyến trên hệ thống của tỉnh (đã đạt)",
    ]);
    expect(answer.text).not.toContain("Họp giao ban tháng 9"); // 10/9, past
    expect(answer.text).not.toContain("Họp tổ công nghệ số cộng đồng"); // 7:30 this morning
    expect(answer.text).not.toMatch(/I\.2\.[23]\b/); // quarters 1 and 2, past
    expect(answer.mentions).toEqual([]);
  });

  it("places the quarterly BCĐ meetings on 31/3, 30/6, 30/9 and 31/10 of the plan year", () => {
    const text = answerDeadlines(
      snapshotOf({ catalog: hue, year: 2025 }),
      new Date("2025-01-02T09:00:00+07:00"),
      TZ,
    ).text;
    expect(text).toContain("• thứ Hai, 31/03/2025 (còn 88 ngày): Hạn hoàn thành chỉ tiêu I.2.2 Họp BCĐ CĐS quý 1");
    expect(text).toContain("• thứ Hai, 30/06/2025 (còn 179 ngày): Hạn hoàn thành chỉ tiêu I.2.3 Họp BCĐ CĐS quý 2");
    expect(text).toContain("• thứ Ba, 30/09/2025 (còn 271 ngày): Hạn hoàn thành chỉ tiêu I.2.4 Họp BCĐ CĐS quý 3");
    expect(text).toContain(
      "• thứ Sáu, 31/10/2025 (còn 302 ngày): Hạn hoàn thành 76 chỉ tiêu (chưa chỉ tiêu nào đạt); trong đó có I.2.1 Dự họp BCĐ CĐS của huyện; I.2.5 Họp BCĐ CĐS quý 4; VI.9.1 Họp trực tuyến trên hệ thống của tỉnh",
    );
  });

  it("marks a met catalog item and counts 'ngày mai'", () => {
    const figures = { "I.2.4": [version("2024-09-18T10:00", choice("head"), { by: "Mai" })] };
    const text = answerDeadlines(snapshotOf({ catalog: hue, figures }), new Date("2024-09-29T10:00:00+07:00"), TZ).text;
    expect(text).toContain(
      "• thứ Hai, 30/09/2024 (ngày mai): Hạn hoàn thành chỉ tiêu I.2.4 Họp BCĐ CĐS quý 3 (đã đạt)",
    );
  });

  it("reads 'today' in the commune's time zone, not UTC", () => {
    // 30/9 17:30 UTC is already 1/10 00:30 in Hà Nội: the Q3 deadline has passed there.
    const now = new Date("2024-09-30T17:30:00Z");
    expect(answerDeadlines(snapshotOf({ catalog: hue }), now, TZ).text).not.toContain("30/09/2024");
    expect(answerDeadlines(snapshotOf({ catalog: hue }), now, "UTC").text).toContain(
      "• thứ Hai, 30/09/2024 (hôm nay): Hạn hoàn thành chỉ tiêu I.2.4",
    );
  });

  it("leaves out catalog deadlines of indicators the commune does not assess", () => {
    const text = answerDeadlines(snapshotOf({ catalog: hue, targetOverrides: { "I.2.4": null } }), NOW, TZ).text;
    expect(text).not.toContain("30/09/2024");
  });

  it("says so when nothing is ahead", () => {
    expect(answerDeadlines(snapshotOf({ catalog: thanhHoa, scheduled: HUE_SCHEDULED.slice(2, 4) }), NOW, TZ)).toEqual({
      text: "Hiện chưa có lịch họp hay hạn nộp nào sắp tới.",
      mentions: [],
    });
    expect(answerDeadlines(snapshotOf({ catalog: hue, year: 2023 }), NOW, TZ).text).toBe(
      "Hiện chưa có lịch họp hay hạn nộp nào sắp tới.",
    );
  });

  it("keeps the list short on a phone", () => {
    const scheduled = Array.from({ length: 15 }, (_, i) => ({
      kind: "meeting" as const,
      title: `Họp tổ công nghệ số thôn ${i + 1}`,
      at: new Date(Date.UTC(2024, 9, 1 + i, 1, 0)),
    }));
    const lines = answerDeadlines(snapshotOf({ catalog: thanhHoa, scheduled }), NOW, TZ).text.split("\n");
    expect(lines).toHaveLength(1 + 12 + 1);
    expect(lines[1]).toBe("• thứ Ba, 01/10/2024, 08:00 (còn 11 ngày): Họp tổ công nghệ số thôn 1");
    expect(lines.at(-1)).toBe("… và 3 mục khác.");
  });
});
