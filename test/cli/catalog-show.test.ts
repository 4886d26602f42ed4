import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { renderCatalog } from "../../src/cli/commands/catalog-show.js";
import type { Catalog } from "../../src/core/catalog/catalog-schema.js";
import { catalogSchema } from "../../src/core/catalog/catalog-schema.js";
import { displayWidth } from "../../src/core/text/display-width.js";
import { runXaso } from "./cli-harness.js";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "xaso-catalog-show-"));
const env = { CATALOG_DIR: path.join(tmp, "catalogs") };
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const CATALOGS = ["thanh-hoa-2023", "ha-trung-2024", "hue-2023", "bac-kan-2025"] as const;
const EXPECTED = path.resolve("test/cli/expected");

async function show(id: string): Promise<string> {
  const { code, out, err } = await runXaso(["catalog", "show", id], env);
  expect(err).toBe("");
  expect(code).toBe(0);
  return out;
}

const literally = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The row of one indicator: its first line, where the name starts. */
function rowOf(out: string, code: string): { line: string; nameColumn: number } {
  const line = out.split("\n").find((l) => new RegExp(`^  ${literally(code)} +\\S`).test(l));
  if (line === undefined) throw new Error(`no row for ${code}`);
  const before = line.slice(0, line.search(/\S/) + code.length);
  const rest = line.slice(before.length);
  return { line, nameColumn: displayWidth(before) + rest.search(/\S/) };
}

/** One indicator's whole block (name, facts, formula) as one line of text, wrapping undone. */
function blockOf(out: string, code: string): string {
  const lines = out.split("\n");
  const start = lines.indexOf(rowOf(out, code).line);
  const block = [lines[start] ?? ""];
  for (const line of lines.slice(start + 1)) {
    if (!/^ {4,}\S/.test(line)) break;
    block.push(line);
  }
  return block.map((line) => line.trim()).join(" ");
}

/** The lines of one group, from its heading to the next blank line. */
function groupOf(out: string, heading: string): string[] {
  const lines = out.split("\n");
  const start = lines.findIndex((line) => line.startsWith(heading));
  const end = lines.indexOf("", start);
  return lines.slice(start, end === -1 ? undefined : end);
}

describe("xaso catalog show", () => {
  it.each(CATALOGS)("lays out %s within 80 columns, names in one column", async (id) => {
    const out = await show(id);
    await expect(`${out}\n`).toMatchFileSnapshot(path.join(EXPECTED, `catalog-show-${id}.txt`));
    for (const line of out.split("\n")) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
    const exported = JSON.parse((await runXaso(["catalog", "export", id, "--format", "json"], env)).out) as Catalog;
    const columns = new Set(exported.indicators.map((indicator) => rowOf(out, indicator.code).nameColumn));
    expect([...columns]).toHaveLength(1);
    for (const unit of ["văn bản", "có/không", "lựa chọn"]) expect(out).not.toContain(`Đơn vị: ${unit}`);
    expect(out).not.toMatch(/[≤<] ?\d/);
  });

  it("keeps long codes in line: VIII.1.1 and I.1.1 names start in the same column", async () => {
    const out = await show("hue-2023");
    expect(rowOf(out, "VIII.1.1").nameColumn).toBe(rowOf(out, "I.1.1").nameColumn);
    expect(rowOf(out, "VIII.1.1").line).toMatch(/^ {2}VIII\.1\.1 {2}Số lượng người dân/);
    expect(rowOf(out, "I.1.1").line).toMatch(/^ {2}I\.1\.1 {5}Ban hành Quyết định/);
  });

  it("reads a ceiling of zero and a complaint rate as what they mean", async () => {
    const out = await show("hue-2023");
    expect(blockOf(out, "V.3.1")).toContain("Đơn vị: sự cố · Chỉ tiêu: Không có sự cố nào");
    const complaints = blockOf(out, "VI.2.5");
    expect(complaints).toContain("Chỉ tiêu: Không có phản ánh nào bị người dân bức xúc với kết quả xử lý");
    expect(complaints).toContain(
      "Số liệu nhập: Số phản ánh hiện trường đã xử lý mà người dân không bức xúc với kết quả xử lý / Tổng số phản ánh hiện trường đã xử lý (≥ 100%)",
    );
    expect(blockOf(out, "VI.2.4")).toContain("Chỉ tiêu: ≥ 100%");
  });

  it("says what counts for a document, a yes/no fact or a choice instead of a unit", async () => {
    const hue = await show("hue-2023");
    expect(blockOf(hue, "II.2.1")).toContain("Đạt khi: Đã ban hành Kế hoạch chuyển đổi số hằng năm");
    expect(blockOf(hue, "VIII.7.1")).toContain("Đạt khi: Xã đã thống kê đầy đủ tổng kinh phí đầu tư");
    expect(blockOf(hue, "V.4.1")).toContain("Đạt khi: Không xảy ra sự cố hoặc có sự cố, đã thực hiện xử lý");
    expect(blockOf(hue, "I.2.2")).toContain("Đạt khi: Có tổ chức, người đứng đầu chủ trì");
    const thanhHoa = await show("thanh-hoa-2023");
    expect(blockOf(thanhHoa, "4.5")).toContain("Đạt khi: Có");
    expect(blockOf(thanhHoa, "4.5")).not.toContain("Đơn vị");
    expect(blockOf(thanhHoa, "1.1")).toContain("Đạt khi: Đã ban hành Kế hoạch chuyển đổi số hàng năm");
    expect(blockOf(thanhHoa, "1.11")).toContain("Chỉ tiêu: Không đánh giá");
    expect(blockOf(thanhHoa, "3.2")).toContain("Đơn vị: % (người) · Chỉ tiêu: ≥ 75%");
    expect(blockOf(thanhHoa, "3.2")).toContain("Cách tính: (Số người từ 15 tuổi trở lên");
  });

  it("says a deadline once in the heading of a group that shares it, on each line otherwise", async () => {
    const out = await show("hue-2023");
    const institutions = groupOf(out, "II. ");
    expect(institutions[0]).toBe("II. THỂ CHẾ SỐ · 25 điểm · hạn cả nhóm: 31/10");
    expect(institutions.join("\n")).not.toContain("Hạn:");
    expect(groupOf(out, "I. ")[0]).toBe("I. NHẬN THỨC SỐ · 90 điểm");
    expect(blockOf(out, "I.2.2")).toContain("Hạn: 31/3");
    expect(blockOf(out, "I.1.1")).toContain("Hạn: 31/10");
    expect(out.match(/Hạn:/g)).toHaveLength(16);
    expect(out.split("\n").slice(0, 2)).toEqual([
      "Bộ chỉ số đánh giá, xếp hạng chuyển đổi số cấp xã",
      "Mã bộ: hue-2023 · phiên bản 1 · 79 chỉ tiêu, tổng 600 điểm",
    ]);
    for (const id of ["thanh-hoa-2023", "ha-trung-2024", "bac-kan-2025"]) expect(await show(id)).not.toMatch(/hạn/i);
  });

  it("aligns by columns, not code units, when a file's text is decomposed (NFD)", () => {
    const nfd = (text: string) => text.normalize("NFD");
    const catalog: Catalog = catalogSchema.parse({
      id: "nfd-2024",
      title: nfd("Bộ chỉ tiêu thử"),
      source: nfd("Quyết định số 1"),
      year: 2024,
      groups: [{ code: "Đ", name: nfd("Hạ tầng số") }],
      indicators: [
        {
          code: nfd("Đ.1"),
          group: "Đ",
          name: nfd("Tỷ lệ hộ gia đình có kết nối Internet băng rộng cáp quang trên địa bàn xã"),
          measure: { kind: "count", question: nfd("Số sự cố"), unit: nfd("sự cố") },
          target: { op: "<=", value: 0 },
        },
        {
          code: "Đ.10",
          group: "Đ",
          name: "Wifi",
          measure: { kind: "boolean", question: "có wifi công cộng" },
          target: { op: "=", value: true },
        },
      ],
    });
    const out = renderCatalog(catalog);
    for (const line of out.split("\n")) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
    expect(rowOf(out, nfd("Đ.1")).nameColumn).toBe(rowOf(out, "Đ.10").nameColumn);
    expect(out.normalize("NFC")).toContain("Chỉ tiêu: Không có sự cố nào");
    expect(blockOf(out, "Đ.10")).toContain("Đạt khi: Có wifi công cộng");
  });
});
