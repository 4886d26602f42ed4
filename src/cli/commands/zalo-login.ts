import { pino } from "pino";
import { createLogger, type Logger } from "../../adapters/logging/create-logger.js";
import type { ZaloClientFactory } from "../../adapters/platforms/zalo/port.js";
import { type CliCommand, exitCode } from "../cli-command.js";
import { reportUsage } from "./parse-cli-args.js";

/** What `xaso zalo login` logs in with; tests pass a fake Zalo. */
export interface ZaloLoginDeps {
  zalo?: ZaloClientFactory;
  logger?: Logger;
}

/**
 * `xaso zalo login`: logs the bot's dedicated Zalo account in by QR code without starting
 * the bot, and saves the login to ZALO_CREDENTIALS_PATH (mode 600). Run it for the first
 * login, or again when Zalo has ended the session.
 */
export function createZaloLoginCommand(deps: ZaloLoginDeps = {}): CliCommand {
  return {
    name: "zalo login",
    summary: "Đăng nhập tài khoản Zalo của bot bằng mã QR (lần đầu, hoặc khi phiên đăng nhập hết hạn)",
    usage: "xaso zalo login",
    async run(args, { io, config, now }) {
      if (args.length) return reportUsage(io, `Thừa "${args.join(" ")}".`, this.usage);
      if (!config.zalo) {
        io.err(
          "Zalo chưa được bật. Đặt ZALO_ENABLED=true trong .env (ZALO_CREDENTIALS_PATH nếu muốn đổi chỗ lưu đăng nhập) rồi chạy lại.",
        );
        return exitCode.failed;
      }
      const logger = deps.logger ?? createLogger(config.logLevel === "silent" ? "silent" : "warn", pino.destination(2));
      io.out(
        "Nếu Xã Số đang chạy với tài khoản này, phiên cũ sẽ bị thay; bot tự dùng đăng nhập mới trong vòng 15 phút (hoặc khởi động lại bot).",
      );
      try {
        // Loaded on demand: zca-js is large and no other command needs it.
        const { loginZaloWithQr } = await import("../../adapters/platforms/zalo/login.js");
        await loginZaloWithQr(config.zalo, logger, { zalo: deps.zalo, print: io.out, now });
        return exitCode.ok;
      } catch (error) {
        io.err(error instanceof Error ? error.message : String(error));
        return exitCode.failed;
      }
    },
  };
}

/** `xaso zalo login` with the real zca-js. */
export const zaloLoginCommand = createZaloLoginCommand();
