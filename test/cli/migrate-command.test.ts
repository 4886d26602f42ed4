import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadDotEnv } from "../../src/app/config/dot-env.js";
import { runXaso } from "./cli-harness.js";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "xaso-migrate-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A folder whose `.env` names its own SQLite database, as an installation's would. */
function installationWithDotEnv(name: string): { folder: string; databaseFile: string } {
  const folder = path.join(tmp, name);
  fs.mkdirSync(folder);
  const databaseFile = path.join(folder, "from-dot-env.db");
  fs.writeFileSync(path.join(folder, ".env"), `# copied from .env.example\nDATABASE_URL=file:${databaseFile}\nTZ=\n`);
  return { folder, databaseFile };
}

describe("xaso migrate", () => {
  it("migrates the database .env names, and then reports it up to date", async () => {
    const { folder, databaseFile } = installationWithDotEnv("deploy");
    const env: Record<string, string> = {};
    loadDotEnv(folder, env);

    const before = await runXaso(["migrate", "status"], env);
    expect(before.code).toBe(1);
    expect(before.out).toMatch(/Chờ áp dụng: \d+_init/);
    expect(before.out).toContain("Cấu trúc cơ sở dữ liệu CHƯA mới nhất.");

    const deployed = await runXaso(["migrate", "deploy"], env);
    expect(deployed.code).toBe(0);
    expect(deployed.out).toMatch(/^Đã áp dụng: \d+_init/);
    expect(fs.existsSync(databaseFile)).toBe(true);

    const after = await runXaso(["migrate", "status"], env);
    expect(after).toMatchObject({ code: 0 });
    expect(after.out).toContain("Cấu trúc cơ sở dữ liệu đã mới nhất.");
    expect((await runXaso(["migrate"], env)).out).toBe("Không có bản cập nhật nào chờ áp dụng.");
  });

  it("lets a variable the environment sets win over .env", () => {
    const { folder } = installationWithDotEnv("precedence");
    const env: Record<string, string> = { DATABASE_URL: "postgresql://xaso@db.example/xaso", TZ: "" };
    loadDotEnv(folder, env);
    expect(env).toEqual({ DATABASE_URL: "postgresql://xaso@db.example/xaso", TZ: "" });
  });

  it.each([
    [["migrate", "create"], "Thiếu tên bản cập nhật"],
    [["migrate", "status", "now"], 'Thừa "now".'],
    [["migrate", "rollback"], 'Không có việc "rollback" cho migrate.'],
  ])("refuses %j with its usage and exit code 2", async (argv, message) => {
    const { code, err } = await runXaso(argv, { DATABASE_URL: `file:${path.join(tmp, "unused.db")}` });
    expect(code).toBe(2);
    expect(err).toContain(message);
    expect(err).toContain("Cách dùng: xaso migrate [deploy | status | create TÊN]");
  });
});
