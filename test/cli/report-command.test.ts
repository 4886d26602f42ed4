import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findCommuneBySlug } from "../../src/adapters/storage/stores/communes.js";
import { listMembers } from "../../src/adapters/storage/stores/member-lookup.js";
import { findCurrentPlan, findIndicatorIdByCode } from "../../src/adapters/storage/stores/plans.js";
import { appendSubmission } from "../../src/adapters/storage/stores/submissions.js";
import type { FigureVersion } from "../../src/core/conversation/commune-snapshot.js";
import { hoangPhuSnapshot } from "../adapters/reports/seed-snapshots.js";
import { docxTableRows, readZip } from "../support/read-zip.js";
import { createTestDatabase, databaseKindsUnderTest, type TestDatabase } from "../support/test-database.js";
import { runXaso } from "./cli-harness.js";

const commune = (slug: string, name: string, province: string) => [
  "commune",
  "add",
  "--slug",
  slug,
  "--name",
  name,
  "--district",
  "Hoằng Hóa",
  "--province",
  province,
  "--catalog",
  "thanh-hoa-2023",
  "--year",
  "2023",
];

/** Stores a seed commune's figures through the same store the bot saves with. */
async function storeFigures(database: TestDatabase, slug: string, figures: Record<string, FigureVersion[]>) {
  const found = await findCommuneBySlug(database.db, slug);
  const plan = found && (await findCurrentPlan(database.db, found.id));
  const member = found && (await listMembers(database.db, found.id))[0];
  if (!found || !plan || !member) throw new Error(`commune ${slug} is not set up`);
  for (const [code, versions] of Object.entries(figures)) {
    const indicatorId = await findIndicatorIdByCode(database.db, { planId: plan.id, code });
    for (const version of versions) {
      if (!indicatorId || !version.value) continue;
      await appendSubmission(database.db, {
        communeId: found.id,
        planId: plan.id,
        indicatorId,
        period: "2023",
        kind: "update",
        value: version.value,
        membershipId: member.membershipId,
        personId: member.personId,
        platform: "telegram",
        chatId: "g1",
        at: version.at,
        evidence: version.evidence.map((item) => ({
          kind: item.kind,
          reference: item.reference,
          issuedOn: item.issuedOn ? new Date(`${item.issuedOn}T00:00:00Z`) : undefined,
        })),
      });
    }
  }
}

describe.each(databaseKindsUnderTest())("xaso report on %s", (kind) => {
  let database: TestDatabase;
  let tmp: string;
  let env: Record<string, string>;
  const out = (name: string) => path.join(tmp, name);

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "xaso-report-"));
    env = { DATABASE_URL: database.url };
    for (const [slug, name, province, user] of [
      ["hoang-phu", "Hoằng Phụ", "Thanh Hóa", "101"],
      ["hoang-truong", "Hoằng Trường", "Thanh Hoá", "102"],
      ["thuan-hoa", "Thuận Hóa", "Thừa Thiên Huế", "103"],
    ] as const) {
      expect((await runXaso(commune(slug, name, province), env)).code).toBe(0);
      const member = ["member", "add", "--commune", slug, "--platform", "telegram", "--user", user];
      expect((await runXaso([...member, "--name", "Lan", "--role", "thu-ky"], env)).code).toBe(0);
    }
    const seed = await hoangPhuSnapshot();
    await storeFigures(database, "hoang-phu", seed.snapshot.figures);
    await storeFigures(database, "hoang-truong", { "3.2": seed.snapshot.figures["3.2"] ?? [] });
    await storeFigures(database, "thuan-hoa", seed.snapshot.figures);
  });
  afterAll(async () => {
    await database.destroy();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it("writes Hoằng Phụ's appendix as DOCX with the stored figures and evidence", async () => {
    const run = await runXaso(["report", "--commune", "hoang-phu", "--format", "docx", "--out", out("a.docx")], env);
    expect(run).toMatchObject({ code: 0, err: "" });
    expect(run.out).toContain("Đã ghi phụ lục (Word) xã Hoằng Phụ năm 2023");
    const xml =
      readZip(fs.readFileSync(out("a.docx")))
        .get("word/document.xml")
        ?.toString("utf8") ?? "";
    const rows = new Map(docxTableRows(xml).map((row) => [row[0], row]));
    expect(rows.get("3.2")?.slice(4, 6)).toEqual(["6.608/8.315 người (79,4%)", "Đạt"]);
    expect(rows.get("1.5")?.[6]).toContain("số 203/BC-UBND ngày 05/12/2023");
    expect(rows.get("1")?.[5]).toBe("10/10 Đạt");
  });

  it("writes the spreadsheet, the chart and the draft", async () => {
    for (const format of ["xlsx", "png", "md"])
      expect(
        (await runXaso(["report", "--commune", "hoang-phu", "--format", format, "--out", out(`a.${format}`)], env))
          .code,
      ).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out("a.xlsx"));
    const sheet = book.getWorksheet("Phụ lục");
    let found: ExcelJS.Row | undefined;
    sheet?.eachRow((row) => {
      if (row.getCell(1).value === "3.2") found = row;
    });
    expect(found?.getCell(6).value).toBe(6608);
    expect(fs.readFileSync(out("a.png")).subarray(1, 4).toString("ascii")).toBe("PNG");
    const draft = fs.readFileSync(out("a.md"), "utf8");
    expect(draft).toContain("Kết quả thực hiện chuyển đổi số năm 2023 trên địa bàn xã Hoằng Phụ");
    expect(draft).toContain("(Có Phụ lục kèm theo)");
  });

  it("gives a period with no figures yet an appendix of 'Chưa có số liệu' rows", async () => {
    const run = await runXaso(
      ["report", "--commune", "hoang-phu", "--period", "2023-Q1", "--format", "docx", "--out", out("q1.docx")],
      env,
    );
    expect(run.code).toBe(0);
    const xml =
      readZip(fs.readFileSync(out("q1.docx")))
        .get("word/document.xml")
        ?.toString("utf8") ?? "";
    expect(xml).toContain("QUÝ I NĂM 2023");
    const row = docxTableRows(xml).find((cells) => cells[0] === "3.2");
    expect(row?.slice(4, 6)).toEqual(["Chưa có số liệu", "Chưa có số liệu"]);
  });

  it("rolls up the province: only its communes, per indicator who meets it and who does not", async () => {
    const run = await runXaso(["report", "--province", "Thanh Hóa", "--format", "xlsx", "--out", out("p.xlsx")], env);
    expect(run).toMatchObject({ code: 0, out: expect.stringContaining("(2 xã, phường)") });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out("p.xlsx"));
    const communes: string[] = [];
    book.getWorksheet("Xã × chỉ tiêu")?.eachRow((row) => {
      if (typeof row.getCell(1).value === "number") communes.push(String(row.getCell(2).value));
    });
    expect(communes).toEqual(["Hoằng Phụ", "Hoằng Trường"]);
    const perIndicator = new Map<string, ExcelJS.Row>();
    book.getWorksheet("Theo chỉ tiêu")?.eachRow((row) => {
      perIndicator.set(String(row.getCell(1).value), row);
    });
    expect(perIndicator.get("3.2")?.getCell(3).value).toBe(2);
    expect(perIndicator.get("1.5")?.getCell(3).value).toBe(1);
    expect(perIndicator.get("1.5")?.getCell(9).value).toBe("Hoằng Trường");
  });

  it.each([
    [["--commune", "khong-co", "--format", "docx"], 'Không có xã mã "khong-co"'],
    [["--commune", "hoang-phu", "--period", "2025", "--format", "docx"], "chưa có kế hoạch năm 2025"],
    [["--commune", "hoang-phu", "--period", "2023-Q7", "--format", "docx"], "Kỳ báo cáo viết theo dạng"],
    [["--commune", "hoang-phu", "--format", "pdf"], 'Không có dạng "pdf"'],
    [["--province", "Hà Giang", "--format", "xlsx"], 'Không có xã nào thuộc tỉnh "Hà Giang"'],
    [["--province", "Thanh Hóa", "--format", "docx"], "chỉ có dạng xlsx"],
  ])("refuses %j in one line and writes nothing", async (args, message) => {
    const file = out("refused.bin");
    const run = await runXaso(["report", ...args, "--out", file], env);
    expect(run.code).not.toBe(0);
    expect(run.err).toContain(message);
    expect(run.err.split("\n")).toHaveLength(1);
    expect(fs.existsSync(file)).toBe(false);
  });
});
