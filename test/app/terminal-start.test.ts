import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { createLogger } from "../../src/adapters/logging/create-logger.js";
import { parseConfig } from "../../src/app/config/app-config.js";
import { stopAll } from "../../src/app/lifecycle/shutdown.js";
import { startApp } from "../../src/app/start-app.js";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "xaso-start-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Starts Xã Số as `npm start` does without platforms, types `lines`, and returns what it printed. */
async function session(lines: string[]): Promise<string> {
  const parsed = parseConfig({
    DATABASE_URL: `file:${path.join(tmp, "xaso.db")}`,
    CATALOG_DIR: path.join(tmp, "catalogs"),
  });
  if (!parsed.ok) throw new Error(parsed.errors.join("; "));
  const logger = createLogger("silent");
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = "";
  output.on("data", (chunk) => (printed += String(chunk)));
  const app = await startApp(parsed.config, logger, { input, output });
  expect(app.platforms).toEqual(["terminal"]);
  for (const line of lines) input.write(`${line}\n`);
  input.end();
  await stopAll(app.stoppables, logger);
  return printed;
}

describe("npm start without platforms", () => {
  it("opens the terminal chat on the demo commune, and a restart loses nothing", async () => {
    const first = await session(["/capnhat", "3.2", "6.608", "8.315", "bỏ qua", "1"]);
    expect(first).toContain("Chỉ tiêu 3.2");
    expect(first).toContain("Tổng số người từ 15 tuổi trở lên?");
    expect(first).toContain(
      "✅ Đã lưu 3.2 Tài khoản ngân hàng (từ 15 tuổi): 6.608/8.315 người (79,4%) → Đạt (Thư ký cập nhật).",
    );

    const afterRestart = await session(["3.2 thế nào?", "/tiendo"]);
    expect(afterRestart).toContain("Số liệu: 6.608/8.315 người (79,4%)");
    expect(afterRestart).toContain("chỉ tiêu của xã");
    expect(afterRestart).toContain("Tiến độ chuyển đổi số");
  });
});
