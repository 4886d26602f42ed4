import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse as parseYaml, stringify as toYaml } from "yaml";
import { builtInCatalogDir } from "../../src/adapters/catalogs/catalog-registry.js";
import type { Database } from "../../src/adapters/storage/open-database.js";
import { createTestDatabase, databaseKindsUnderTest, type TestDatabase } from "../support/test-database.js";
import { runXaso } from "./cli-harness.js";

const thuySon = [
  "--slug",
  "thuy-son",
  "--name",
  "Thúy Sơn",
  "--district",
  "Ngọc Lặc",
  "--province",
  "Thanh Hóa",
  "--catalog",
  "thanh-hoa-2023",
  "--year",
  "2023",
];
const haTien = [
  "--slug",
  "ha-tien",
  "--name",
  "Hà Tiến",
  "--district",
  "Hà Trung",
  "--province",
  "Thanh Hóa",
  "--catalog",
  "ha-trung-2024",
  "--year",
  "2024",
];
const group = "-1001234567890";

/** Rows of every table the admin commands write, to prove a refused command wrote nothing. */
async function countRows(db: Database) {
  const [communes, sets, indicators, plans, targets, people, identities, memberships, assignments, chats, audit] =
    await Promise.all([
      db.commune.count(),
      db.indicatorSet.count(),
      db.indicator.count(),
      db.communePlan.count(),
      db.planTarget.count(),
      db.person.count(),
      db.platformIdentity.count(),
      db.membership.count(),
      db.assignment.count(),
      db.chatBinding.count(),
      db.auditEntry.count(),
    ]);
  return { communes, sets, indicators, plans, targets, people, identities, memberships, assignments, chats, audit };
}

describe.each(databaseKindsUnderTest())("xaso admin commands on %s", (kind) => {
  let database: TestDatabase;
  let tmp: string;
  let env: Record<string, string>;
  const xaso = (...argv: string[]) => runXaso(argv, env);

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "xaso-admin-"));
    env = { DATABASE_URL: database.url, CATALOG_DIR: path.join(tmp, "catalogs") };
    // A commune plan of the installer's own, named differently from its commune and year.
    fs.mkdirSync(path.join(env.CATALOG_DIR ?? "", "plans"), { recursive: true });
    fs.writeFileSync(
      path.join(env.CATALOG_DIR ?? "", "plans", "ke-hoach-ha-tien.yaml"),
      toYaml({
        catalog: "ha-trung-2024",
        commune: "Hà Tiến",
        district: "Hà Trung",
        province: "Thanh Hóa",
        year: 2024,
        source: "Kế hoạch CĐS xã Hà Tiến 2024",
        targets: { "I.1": { op: ">=", value: 90 }, "I.2": null },
      }),
    );
  });
  afterAll(async () => {
    await database?.destroy();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  /** Runs a command that must be refused: exit code, one Vietnamese line, no row changed. */
  async function expectRefused(argv: string[], code: number, message: string) {
    const before = await countRows(database.db);
    const result = await runXaso(argv, env);
    expect({ code: result.code, out: result.out }, result.err).toEqual({ code, out: "" });
    expect(result.err).toContain(message);
    expect(result.err.split("\n")).toHaveLength(1);
    expect(await countRows(database.db)).toEqual(before);
  }

  it("answers --help for every admin command and lists them", async () => {
    for (const name of ["commune add", "commune list", "bind", "member add", "assign"]) {
      const { code, out } = await xaso(...name.split(" "), "--help");
      expect(code).toBe(0);
      expect(out).toContain(`Cách dùng: xaso ${name}`);
    }
    expect((await xaso("member", "add", "--help")).out).toContain("thu-ky");
    expect((await xaso()).out).toMatch(/commune add[\s\S]*commune list[\s\S]*bind[\s\S]*member add[\s\S]*assign/);
  });

  it("lists no commune on a fresh database", async () => {
    const { code, out } = await xaso("commune", "list");
    expect(code).toBe(0);
    expect(out).toContain("Chưa có xã nào");
  });

  it("commune add: registers Thúy Sơn with its plan and the targets of thuy-son-2023, audited", async () => {
    const { code, out, err } = await xaso("commune", "add", ...thuySon, "--plan", "thuy-son-2023");
    expect(err).toBe("");
    expect(code).toBe(0);
    expect(out).toContain("Đã thêm xã Thúy Sơn (Ngọc Lặc, Thanh Hóa), mã thuy-son.");
    expect(out).toContain(
      "Đã tạo kế hoạch năm 2023 theo bộ chỉ tiêu thanh-hoa-2023 (37 chỉ tiêu), với 37 chỉ tiêu riêng của xã (1 không đánh giá)",
    );

    const { db } = database;
    const commune = await db.commune.findUniqueOrThrow({
      where: { slug: "thuy-son" },
      include: { plans: { include: { set: true, targets: { include: { indicator: true } } } } },
    });
    expect(commune).toMatchObject({
      name: "Thúy Sơn",
      district: "Ngọc Lặc",
      province: "Thanh Hóa",
      joinPolicy: "approval",
    });
    expect(commune.plans).toHaveLength(1);
    const plan = commune.plans[0];
    expect(plan).toMatchObject({ year: 2023, set: { catalogId: "thanh-hoa-2023", version: 1 } });
    const targets = Object.fromEntries((plan?.targets ?? []).map((t) => [t.indicator.code, t]));
    expect(Object.keys(targets)).toHaveLength(37);
    expect(targets["3.2"]).toMatchObject({ comparator: ">=", value: 65, assessed: true });
    expect(targets["2.4"]).toMatchObject({ comparator: ">=", value: 60, assessed: true });
    expect(targets["1.1"]).toMatchObject({ comparator: "=", value: true, assessed: true });
    expect(targets["3.3"]).toMatchObject({ comparator: null, value: null, assessed: false });

    const audit = await db.auditEntry.findMany({ where: { communeId: commune.id } });
    expect(audit.map((a) => a.action).sort()).toEqual(["catalog.snapshot", "commune.create", "plan.create"]);
  });

  it("commune add: running it again changes nothing", async () => {
    const before = await countRows(database.db);
    const { code, out } = await xaso("commune", "add", ...thuySon, "--plan", "thuy-son-2023");
    expect(code).toBe(0);
    expect(out).toContain("Xã Thúy Sơn (mã thuy-son) đã có; giữ nguyên.");
    expect(out).toContain("giữ nguyên các chỉ tiêu đã lưu");
    expect(await countRows(database.db)).toEqual(before);
  });

  it("commune add: finds a plan file in CATALOG_DIR by file name, and by commune and year", async () => {
    const { code, out } = await xaso("commune", "add", ...haTien, "--plan", "ke-hoach-ha-tien", "--join", "open");
    expect(code).toBe(0);
    expect(out).toContain("với 2 chỉ tiêu riêng của xã (1 không đánh giá) theo kế hoạch ke-hoach-ha-tien");
    const plan = await database.db.communePlan.findFirstOrThrow({
      where: { commune: { slug: "ha-tien" } },
      include: { commune: true, targets: true },
    });
    expect(plan.commune.joinPolicy).toBe("open");
    expect(plan.targets).toHaveLength(2);
    const again = await xaso("commune", "add", ...haTien, "--plan", "ha-tien-2024");
    expect(again.code).toBe(0);
    expect(again.out).toContain("đã có");
  });

  it("bind: binds a Telegram group (negative id) to the commune's current plan, once", async () => {
    const { code, out, err } = await xaso(
      "bind",
      "--platform",
      "telegram",
      "--chat",
      group,
      "--commune",
      "thuy-son",
      "--title",
      "BCĐ CĐS xã Thúy Sơn",
    );
    expect(err).toBe("");
    expect(code).toBe(0);
    expect(out).toBe(`Đã gắn nhóm Telegram ${group} “BCĐ CĐS xã Thúy Sơn” với xã Thúy Sơn (kế hoạch năm 2023).`);
    const { db } = database;
    const binding = await db.chatBinding.findUniqueOrThrow({
      where: { platform_chatId: { platform: "telegram", chatId: group } },
      include: { commune: true, plan: true },
    });
    expect(binding).toMatchObject({
      isGroup: true,
      active: true,
      title: "BCĐ CĐS xã Thúy Sơn",
      boundBy: "cli",
      commune: { slug: "thuy-son" },
      plan: { year: 2023 },
    });
    expect(
      await db.auditEntry.count({ where: { action: "chat.bind", chatId: group, communeId: binding.communeId } }),
    ).toBe(1);

    const before = await countRows(db);
    const again = await xaso("bind", "--platform", "telegram", "--chat", group, "--commune", "thuy-son");
    expect(again.code).toBe(0);
    expect(again.out).toContain("không có gì thay đổi");
    expect(await countRows(db)).toEqual(before);
  });

  it("bind: a Zalo chat id says its kind (g: group, u: private); a stopped binding is reactivated", async () => {
    expect((await xaso("bind", "--platform", "zalo", "--chat", "u:5566", "--commune", "thuy-son")).out).toContain(
      "Đã gắn trò chuyện riêng Zalo u:5566",
    );
    expect((await xaso("bind", "--platform", "zalo", "--chat", "g:7788", "--commune", "thuy-son")).out).toContain(
      "Đã gắn nhóm Zalo g:7788",
    );
    const { db } = database;
    await db.chatBinding.update({
      where: { platform_chatId: { platform: "zalo", chatId: "g:7788" } },
      data: { active: false },
    });
    const { code, out } = await xaso("bind", "--platform", "zalo", "--chat", "g:7788", "--commune", "thuy-son");
    expect(code).toBe(0);
    expect(out).toContain("Đã gắn lại nhóm Zalo g:7788");
    expect((await db.chatBinding.findFirstOrThrow({ where: { chatId: "g:7788" } })).active).toBe(true);
    expect(await db.auditEntry.count({ where: { action: "chat.reactivate", chatId: "g:7788" } })).toBe(1);
  });

  it("bind: refuses a Zalo id without g:/u: and a kind that contradicts the flags, writing nothing", async () => {
    await expectRefused(
      ["bind", "--platform", "zalo", "--chat", "123456", "--commune", "thuy-son"],
      2,
      'Mã nhóm Zalo phải có dạng g:<mã nhóm> (nhóm) hoặc u:<mã người dùng> (trò chuyện riêng), không phải "123456".',
    );
    await expectRefused(
      ["bind", "--platform", "zalo", "--chat", "u:999", "--commune", "thuy-son", "--group"],
      2,
      "Mã u:999 là trò chuyện riêng (u:), trái với --group.",
    );
    await expectRefused(
      ["bind", "--platform", "telegram", "--chat", "-100123:abc", "--commune", "thuy-son"],
      2,
      "Mã nhóm Telegram là một số",
    );
  });

  it("bind: moves a chat to another commune only with --rebind", async () => {
    await expectRefused(
      ["bind", "--platform", "zalo", "--chat", "g:7788", "--commune", "ha-tien"],
      1,
      "đang gắn với xã Thúy Sơn (mã thuy-son); thêm --rebind",
    );
    const { code, out } = await xaso(
      "bind",
      "--platform",
      "zalo",
      "--chat",
      "g:7788",
      "--commune",
      "ha-tien",
      "--rebind",
    );
    expect(code).toBe(0);
    expect(out).toContain("Đã chuyển nhóm Zalo g:7788 từ xã Thúy Sơn sang xã Hà Tiến (kế hoạch năm 2024).");
    const binding = await database.db.chatBinding.findFirstOrThrow({
      where: { chatId: "g:7788" },
      include: { commune: true },
    });
    expect(binding.commune.slug).toBe("ha-tien");
    expect(
      await database.db.auditEntry.count({
        where: { action: { in: ["chat.rebind", "chat.unbind"] }, chatId: "g:7788" },
      }),
    ).toBe(2);
  });

  it("member add: adds members with English or Vietnamese roles, and says so when one is added again", async () => {
    const lan = await xaso(
      "member",
      "add",
      "--commune",
      "thuy-son",
      "--platform",
      "telegram",
      "--user",
      "111",
      "--name",
      "Lan",
      "--role",
      "thu-ky",
    );
    expect(lan).toMatchObject({ code: 0, err: "" });
    expect(lan.out).toBe("Đã thêm Lan (Telegram 111) vào Ban chỉ đạo xã Thúy Sơn, vai trò thư ký.");
    expect(
      (
        await xaso(
          "member",
          "add",
          "--commune",
          "thuy-son",
          "--platform",
          "zalo",
          "--user",
          "222",
          "--name",
          "Hùng",
          "--role",
          "Trưởng ban",
        )
      ).out,
    ).toContain("vai trò trưởng ban");
    expect(
      (
        await xaso(
          "member",
          "add",
          "--commune",
          "thuy-son",
          "--platform",
          "telegram",
          "--user",
          "333",
          "--name",
          "Minh",
          "--role",
          "viewer",
        )
      ).out,
    ).toContain("vai trò chỉ xem");

    const { db } = database;
    const members = await db.membership.findMany({
      where: { commune: { slug: "thuy-son" } },
      include: { person: { include: { identities: true } } },
      orderBy: { createdAt: "asc" },
    });
    expect(members.map((m) => [m.person.displayName, m.role, m.status, m.person.identities[0]?.platform])).toEqual([
      ["Lan", "secretary", "approved", "telegram"],
      ["Hùng", "chair", "approved", "zalo"],
      ["Minh", "viewer", "approved", "telegram"],
    ]);
    expect(await db.auditEntry.count({ where: { action: "member.add", communeId: members[0]?.communeId } })).toBe(3);

    const before = await countRows(db);
    const again = await xaso(
      "member",
      "add",
      "--commune",
      "thuy-son",
      "--platform",
      "telegram",
      "--user",
      "111",
      "--name",
      "Lan",
      "--role",
      "member",
    );
    expect(again.code).toBe(0);
    expect(again.out).toBe(
      "Lan (Telegram 111) đã là thành viên Ban chỉ đạo xã Thúy Sơn (vai trò thư ký); không thay đổi gì.",
    );
    expect(await countRows(db)).toEqual(before);
  });

  it("assign: gives a member indicators of the current plan by name or by user id, once, audited", async () => {
    const { code, out, err } = await xaso("assign", "--commune", "thuy-son", "--member", "lan", "3.2", "3.4");
    expect(err).toBe("");
    expect(code).toBe(0);
    expect(out).toContain("Đã giao cho Lan 2 chỉ tiêu của kế hoạch năm 2023 (thanh-hoa-2023):");
    expect(out).toMatch(/ {2}3\.2 {2}Tỷ lệ .*tài khoản/);

    const { db } = database;
    const assigned = await db.assignment.findMany({
      where: { plan: { commune: { slug: "thuy-son" } } },
      include: { indicator: true, membership: { include: { person: true } } },
    });
    expect(assigned.map((a) => [a.indicator.code, a.membership.person.displayName]).sort()).toEqual([
      ["3.2", "Lan"],
      ["3.4", "Lan"],
    ]);
    expect(await db.auditEntry.count({ where: { action: "assignment.add", platform: "cli" } })).toBe(2);

    const before = await countRows(db);
    const again = await xaso("assign", "--commune", "thuy-son", "--member", "111", "--platform", "telegram", "3.4,3.2");
    expect(again.code).toBe(0);
    expect(again.out).toBe("Lan đã được giao 3.4, 3.2 từ trước (kế hoạch năm 2023); không thay đổi gì.");
    expect(await countRows(db)).toEqual(before);

    const more = await xaso("assign", "--commune", "thuy-son", "--member", "222", "3.2", "4.1");
    expect(more.code).toBe(0);
    expect(more.out).toContain("Đã giao cho Hùng 2 chỉ tiêu");
  });

  it("commune list: prints communes with their plans, members and chats", async () => {
    const { code, out } = await xaso("commune", "list");
    expect(code).toBe(0);
    expect(out).toContain("ha-tien — xã Hà Tiến (Hà Trung, Thanh Hóa) · 0 thành viên · gia nhập tự do");
    expect(out).toContain("thuy-son — xã Thúy Sơn (Ngọc Lặc, Thanh Hóa) · 3 thành viên · gia nhập cần duyệt");
    expect(out).toContain(
      "Kế hoạch năm 2023: thanh-hoa-2023 phiên bản 1 · 37 chỉ tiêu riêng (1 không đánh giá) · 4 lượt giao chỉ tiêu",
    );
    expect(out).toContain(`Nhóm: Telegram ${group} “BCĐ CĐS xã Thúy Sơn”; Zalo u:5566 (riêng)`);
    expect(out).toContain("Nhóm: Zalo g:7788");
  });

  it("refuses every bad input with one Vietnamese line and changes nothing", async () => {
    // A second "Lan" makes the name ambiguous.
    expect(
      (
        await xaso(
          "member",
          "add",
          "--commune",
          "thuy-son",
          "--platform",
          "zalo",
          "--user",
          "444",
          "--name",
          "Lan",
          "--role",
          "member",
        )
      ).code,
    ).toBe(0);
    const cases: [string[], number, string][] = [
      [["commune", "add", ...thuySon.slice(0, -4)], 2, "Thiếu --catalog, --year."],
      [
        [
          "commune",
          "add",
          ...haTien
            .map((a) => (a === "ha-trung-2024" ? "ha-noi-2030" : a))
            .map((a) => (a === "ha-tien" ? "ha-tien-2" : a)),
        ],
        1,
        'Không có bộ chỉ tiêu "ha-noi-2030". Có: ',
      ],
      [
        ["commune", "add", ...thuySon.map((a) => (a === "thuy-son" ? "Thúy Sơn" : a))],
        2,
        "chỉ được gồm chữ thường không dấu, số và dấu gạch ngang, ví dụ thuy-son",
      ],
      [["commune", "add", ...thuySon.map((a) => (a === "2023" ? "23" : a))], 2, 'Năm "23" không hợp lệ'],
      [["commune", "add", ...thuySon, "--join", "maybe"], 2, "--join chỉ nhận approval"],
      [["commune", "add", ...thuySon, "--plan", "xa-khac-2023"], 1, 'Không có kế hoạch "xa-khac-2023". Có: '],
      [
        [
          "commune",
          "add",
          ...thuySon.map((a) => (a === "thanh-hoa-2023" ? "ha-trung-2024" : a)),
          "--plan",
          "thuy-son-2023",
        ],
        1,
        "theo bộ chỉ tiêu thanh-hoa-2023, không phải ha-trung-2024",
      ],
      [
        ["commune", "add", ...haTien.map((a) => (a === "ha-tien" ? "ha-tien-3" : a)), "--plan", "thuy-son-2023"],
        1,
        "theo bộ chỉ tiêu thanh-hoa-2023, không phải ha-trung-2024",
      ],
      [
        ["commune", "add", ...thuySon.map((a) => (a === "Ngọc Lặc" ? "Như Xuân" : a))],
        1,
        'Mã xã "thuy-son" đã dùng cho xã Thúy Sơn (Ngọc Lặc, Thanh Hóa); khác ở: huyện',
      ],
      [["commune", "add", ...thuySon, "--force"], 2, 'Không có tham số "--force".'],
      [["commune", "list", "extra"], 2, 'Thừa "extra".'],
      [
        ["bind", "--platform", "telegram", "--chat", "-100999", "--commune", "khong-co"],
        1,
        'Không có xã mã "khong-co". Xem các xã: xaso commune list',
      ],
      [["bind", "--platform", "viber", "--chat", "1", "--commune", "thuy-son"], 2, 'Không có nền tảng "viber"'],
      [["bind", "--platform", "telegram", "--commune", "thuy-son"], 2, "Thiếu --chat."],
      [["bind", "--platform", "telegram", "--chat", "--commune", "thuy-son"], 2, 'Thiếu giá trị sau "--chat".'],
      [
        ["bind", "--platform", "telegram", "--chat", "nhom-bcd", "--commune", "thuy-son"],
        2,
        "Mã nhóm Telegram là một số",
      ],
      [
        ["bind", "--platform", "zalo", "--chat", "g:1", "--commune", "thuy-son", "--group", "--private"],
        2,
        "Chỉ chọn một trong --group và --private.",
      ],
      [
        ["bind", "--platform", "telegram", "--chat", group, "--commune", "ha-tien"],
        1,
        "thêm --rebind nếu muốn chuyển sang xã Hà Tiến",
      ],
      [
        [
          "member",
          "add",
          "--commune",
          "thuy-son",
          "--platform",
          "telegram",
          "--user",
          "555",
          "--name",
          "Tú",
          "--role",
          "boss",
        ],
        2,
        'Không có vai trò "boss"',
      ],
      [
        [
          "member",
          "add",
          "--commune",
          "khong-co",
          "--platform",
          "telegram",
          "--user",
          "555",
          "--name",
          "Tú",
          "--role",
          "member",
        ],
        1,
        'Không có xã mã "khong-co"',
      ],
      [
        [
          "member",
          "add",
          "--commune",
          "thuy-son",
          "--platform",
          "telegram",
          "--user",
          "555",
          "--name",
          " ",
          "--role",
          "member",
        ],
        2,
        "Thiếu --name.",
      ],
      [
        [
          "member",
          "add",
          "--commune",
          "thuy-son",
          "--platform",
          "telegram",
          "--user",
          "tu.nguyen",
          "--name",
          "Tú",
          "--role",
          "member",
        ],
        2,
        "Mã người dùng Telegram là một số",
      ],
      [
        ["assign", "--commune", "thuy-son", "--member", "Hùng", "3.1", "9.9", "3.99"],
        1,
        "Bộ chỉ tiêu thanh-hoa-2023 không có mã 9.9, 3.99; chưa giao gì.",
      ],
      [
        ["assign", "--commune", "thuy-son", "--member", "Lân", "3.1"],
        1,
        'Không có thành viên "Lân" trong Ban chỉ đạo xã Thúy Sơn',
      ],
      [
        ["assign", "--commune", "thuy-son", "--member", "Lan", "3.1"],
        1,
        'Có 2 thành viên khớp "Lan": Lan (Telegram 111); Lan (Zalo 444)',
      ],
      [
        ["assign", "--commune", "thuy-son", "--member", "Lan", "--platform", "sms", "3.1"],
        2,
        'Không có nền tảng "sms"',
      ],
      [["assign", "--commune", "thuy-son", "--member", "Hùng"], 2, "Thiếu mã chỉ tiêu"],
      [["assign", "--commune", "khong-co", "--member", "Hùng", "3.1"], 1, 'Không có xã mã "khong-co"'],
      [["assign", "--member", "Hùng", "3.1"], 2, "Thiếu --commune."],
    ];
    for (const [argv, code, message] of cases) await expectRefused(argv, code, message);
    // Naming the platform settles the ambiguity.
    expect(
      (await xaso("assign", "--commune", "thuy-son", "--member", "Lan", "--platform", "zalo", "3.1")).out,
    ).toContain("Đã giao cho Lan 1 chỉ tiêu");
  });

  it("rolls back a commune whose plan is refused: changed catalog content, codes not in the catalog", async () => {
    const catalogDir = env.CATALOG_DIR ?? "";
    const own = {
      ...(parseYaml(fs.readFileSync(path.join(builtInCatalogDir, "ha-trung-2024.yaml"), "utf8")) as object),
      id: "nga-son-2024",
    };
    fs.writeFileSync(path.join(catalogDir, "nga-son-2024.yaml"), toYaml(own));
    const ngaSon = [
      "--name",
      "Nga Sơn",
      "--district",
      "Nga Sơn",
      "--province",
      "Thanh Hóa",
      "--catalog",
      "nga-son-2024",
      "--year",
      "2024",
    ];
    expect((await xaso("commune", "add", "--slug", "nga-son", ...ngaSon)).code).toBe(0);
    fs.writeFileSync(
      path.join(catalogDir, "nga-son-2024.yaml"),
      toYaml({ ...own, title: "Tên đã sửa mà chưa tăng phiên bản" }),
    );
    await expectRefused(
      ["commune", "add", "--slug", "nga-son-2", ...ngaSon],
      1,
      'Bộ chỉ tiêu nga-son-2024 phiên bản 1 đã có với nội dung khác; hãy tăng "version". Chưa lưu gì.',
    );

    fs.writeFileSync(
      path.join(catalogDir, "plans", "sai-ma.yaml"),
      toYaml({
        catalog: "ha-trung-2024",
        commune: "Hà Tiến",
        district: "Hà Trung",
        province: "Thanh Hóa",
        year: 2024,
        source: "Bản nháp",
        targets: { "I.1": null, "Z.9": null },
      }),
    );
    await expectRefused(
      ["commune", "add", ...haTien.map((a) => (a === "ha-tien" ? "ha-tien-4" : a)), "--plan", "sai-ma"],
      1,
      "Kế hoạch sai-ma có mã không thuộc bộ chỉ tiêu ha-trung-2024: Z.9; chưa lưu gì.",
    );
    expect(await database.db.commune.count({ where: { slug: { in: ["nga-son-2", "ha-tien-4"] } } })).toBe(0);
  });

  // Run once, on SQLite: it starts from a fresh database file of its own, whatever kind the suite is on.
  it.runIf(kind === "sqlite")("migrates a fresh database before its first command", async () => {
    const fresh = { ...env, DATABASE_URL: `file:${path.join(tmp, "fresh", "xaso.db")}` };
    const first = await runXaso(["commune", "list"], fresh);
    expect(first).toMatchObject({ code: 0, out: expect.stringContaining("Chưa có xã nào") });
    expect(first.err).toMatch(/^Đã cập nhật cấu trúc cơ sở dữ liệu \(\d{14}_/);
    expect(await runXaso(["commune", "list"], fresh)).toMatchObject({ code: 0, err: "" });
  });
});
