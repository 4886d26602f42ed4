import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse as parseYaml, stringify as toYaml } from "yaml";
import type { CatalogOverview } from "../../src/core/catalog/catalog-overview.js";
import { runXaso } from "./cli-harness.js";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "xaso-cli-"));
const env = { CATALOG_DIR: path.join(tmp, "catalogs") };
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("xaso catalogs --json (contract)", () => {
  it("prints one JSON array with counts and points per catalog and group", async () => {
    const { code, out } = await runXaso(["catalogs", "--json"], env);
    expect(code).toBe(0);
    const catalogs = JSON.parse(out) as CatalogOverview[];
    const byId = Object.fromEntries(catalogs.map((c) => [c.id, c]));
    expect(Object.keys(byId).sort()).toEqual(["bac-kan-2025", "ha-trung-2024", "hue-2023", "thanh-hoa-2023"]);
    expect(byId["thanh-hoa-2023"]).toMatchObject({ indicators: 37, points: null });
    expect(byId["ha-trung-2024"]?.groups.map((g) => g.indicators)).toEqual([4, 5, 4, 5, 10, 4]);
    expect(byId["hue-2023"]?.points).toBe(600);
    expect(byId["hue-2023"]?.groups.map((g) => g.points)).toEqual([90, 25, 90, 45, 25, 165, 40, 120]);
    for (const catalog of catalogs)
      expect(Object.keys(catalog)).toEqual(["id", "title", "indicators", "points", "groups"]);
    expect(Object.keys(byId["hue-2023"]?.groups[0] ?? {})).toEqual(["code", "name", "indicators", "points"]);
  });
});

describe("xaso catalog show / export / import", () => {
  it("shows a catalog readably, with targets and units", async () => {
    const { code, out } = await runXaso(["catalog", "show", "thanh-hoa-2023"], env);
    expect(code).toBe(0);
    expect(out).toContain("3. XÃ HỘI SỐ");
    expect(out).toMatch(/^ {2}3\.2 +Tỷ lệ .*tài khoản/m);
    expect(out).toContain("Chỉ tiêu: ≥ 75%");
    expect(out).toContain("Chỉ tiêu: Không đánh giá");
  });

  it("explains an unknown catalog id", async () => {
    const { code, err } = await runXaso(["catalog", "show", "ha-noi-2030"], env);
    expect(code).toBe(1);
    expect(err).toContain('Không có bộ chỉ tiêu "ha-noi-2030"');
  });

  it("exports YAML and JSON that import back under a new id", async () => {
    const yamlOut = await runXaso(["catalog", "export", "ha-trung-2024"], env);
    const jsonOut = await runXaso(["catalog", "export", "ha-trung-2024", "--format", "json"], env);
    expect(parseYaml(yamlOut.out)).toEqual(JSON.parse(jsonOut.out));
    const own = { ...JSON.parse(jsonOut.out), id: "nga-son-2024", title: "Bộ chỉ tiêu của huyện Nga Sơn năm 2024" };
    const file = path.join(tmp, "nga-son.yaml");
    fs.writeFileSync(file, toYaml(own));
    const imported = await runXaso(["catalog", "import", file], env);
    expect(imported.code).toBe(0);
    const listed = JSON.parse((await runXaso(["catalogs", "--json"], env)).out) as CatalogOverview[];
    expect(listed.find((c) => c.id === "nga-son-2024")?.indicators).toBe(32);
    expect((await runXaso(["catalog", "import", file], env)).code).toBe(1);
    expect((await runXaso(["catalog", "import", file, "--replace"], env)).code).toBe(0);
  });

  it("refuses an invalid file naming each row and field, and stores nothing", async () => {
    const file = path.join(tmp, "broken.yaml");
    fs.writeFileSync(
      file,
      toYaml({
        id: "broken-2024",
        title: "Bộ lỗi",
        source: "QĐ 1",
        year: 2024,
        groups: [{ code: "I", name: "Hạ tầng số" }],
        indicators: [
          {
            code: "I.1",
            group: "I",
            name: "Tỷ lệ hộ có cáp quang",
            measure: { kind: "ratio", numerator: "Số hộ có cáp quang", denominator: "Tổng số hộ", unit: "hộ" },
            target: { op: "≥", value: 85 },
          },
          { code: "I.2", group: "II", name: "Wifi công cộng", measure: { kind: "boolean" } },
        ],
      }),
    );
    const { code, err } = await runXaso(["catalog", "import", file], env);
    expect(code).toBe(1);
    expect(err).toContain('chỉ tiêu thứ 1 (mã I.1), trường "target.op"');
    expect(err).toContain('chỉ tiêu thứ 2 (mã I.2), trường "measure.question"');
    expect(err).toContain("mong đợi một trong các giá trị");
    expect(fs.existsSync(path.join(env.CATALOG_DIR, "broken-2024.yaml"))).toBe(false);
  });

  it("names an indicator whose group or code does not fit the catalog", async () => {
    const file = path.join(tmp, "bad-groups.yaml");
    const indicator = {
      group: "I",
      name: "Wifi công cộng",
      measure: { kind: "boolean", question: "có wifi công cộng" },
    };
    fs.writeFileSync(
      file,
      toYaml({
        id: "bad-groups",
        title: "Bộ lỗi",
        source: "QĐ 1",
        year: 2024,
        groups: [{ code: "I", name: "Hạ tầng số" }],
        indicators: [
          { ...indicator, code: "I.1" },
          { ...indicator, code: "I.1" },
          { ...indicator, code: "I.3", group: "II" },
        ],
      }),
    );
    const { code, err } = await runXaso(["catalog", "import", file], env);
    expect(code).toBe(1);
    expect(err).toContain('chỉ tiêu thứ 2 (mã I.1), trường "code": mã "I.1" bị trùng');
    expect(err).toContain('chỉ tiêu thứ 3 (mã I.3), trường "group": nhóm "II" không có trong danh sách nhóm');
  });

  it("refuses to shadow a built-in catalog", async () => {
    const file = path.join(tmp, "copy.json");
    fs.writeFileSync(file, (await runXaso(["catalog", "export", "hue-2023", "--format", "json"], env)).out);
    const { code, err } = await runXaso(["catalog", "import", file, "--replace"], env);
    expect(code).toBe(1);
    expect(err).toContain('Đã có bộ chỉ tiêu "hue-2023"');
  });

  it("answers --help for every command and lists them without arguments", async () => {
    expect((await runXaso(["catalog", "import", "--help"], env)).out).toContain("Cách dùng: xaso catalog import FILE");
    const { out, code } = await runXaso([], env);
    expect(code).toBe(0);
    expect(out).toMatch(/catalogs[\s\S]*catalog show[\s\S]*catalog export[\s\S]*catalog import/);
    expect((await runXaso(["catalgo"], env)).code).toBe(2);
  });
});
