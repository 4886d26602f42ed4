import {
  createMigration,
  deployMigrations,
  type MigrationStatus,
  migrationStatus,
} from "../../adapters/storage/migrations/migrator.js";
import { type CliCommand, type CliIo, exitCode } from "../cli-command.js";
import { reportUsage } from "./parse-cli-args.js";

/**
 * `xaso migrate deploy | status | create NAME`: applies pending migrations to DATABASE_URL,
 * reports where they stand (exit code 1 unless the database is up to date), or writes the
 * next migration for SQLite and PostgreSQL after a change to prisma/schema.prisma. The
 * database is the one the configuration names, `.env` included, as for every command;
 * `npm run migrate -- …` runs this command. Without a word it deploys.
 */
export const migrateCommand: CliCommand = {
  name: "migrate",
  summary: "Cập nhật cấu trúc cơ sở dữ liệu (deploy), xem tình trạng (status) hoặc tạo bản cập nhật mới (create)",
  usage: "xaso migrate [deploy | status | create TÊN]",
  async run(args, { io, config, now }) {
    const [action = "deploy", ...rest] = args;
    const log = (line: string) => io.err(line);
    switch (action) {
      case "deploy":
      case "status": {
        if (rest.length) return reportUsage(io, `Thừa "${rest.join(" ")}".`, this.usage);
        return action === "deploy"
          ? reportDeployed(io, await deployMigrations(config.databaseUrl, undefined, log))
          : reportStatus(io, await migrationStatus(config.databaseUrl, undefined, log));
      }
      case "create": {
        const [name, ...extra] = rest;
        if (!name)
          return reportUsage(io, "Thiếu tên bản cập nhật, ví dụ: xaso migrate create add_meeting_notes", this.usage);
        if (extra.length) return reportUsage(io, `Thừa "${extra.join(" ")}".`, this.usage);
        const result = await createMigration(name, now(), undefined, log);
        io.out(
          result.created
            ? `Đã tạo:\n  ${result.folders.join("\n  ")}`
            : "prisma/schema.prisma không đổi: không tạo bản cập nhật nào.",
        );
        return exitCode.ok;
      }
      default:
        return reportUsage(io, `Không có việc "${action}" cho migrate.`, this.usage);
    }
  },
};

function reportDeployed(io: CliIo, applied: string[]): number {
  io.out(applied.length ? `Đã áp dụng: ${applied.join(", ")}` : "Không có bản cập nhật nào chờ áp dụng.");
  return exitCode.ok;
}

/** Prints where the migrations stand; the exit code says whether the database is up to date. */
function reportStatus(io: CliIo, status: MigrationStatus): number {
  io.out(`Đã áp dụng: ${status.applied} bản cập nhật`);
  const groups = [
    ["Chờ áp dụng", status.pending],
    ["Lỗi khi áp dụng", status.failed],
    ["Bị sửa sau khi áp dụng", status.edited],
    ["Có trong cơ sở dữ liệu nhưng không có trong prisma/migrations", status.unknown],
  ] as const;
  for (const [label, names] of groups) if (names.length) io.out(`${label}: ${names.join(", ")}`);
  const upToDate = groups.every(([, names]) => names.length === 0);
  io.out(upToDate ? "Cấu trúc cơ sở dữ liệu đã mới nhất." : "Cấu trúc cơ sở dữ liệu CHƯA mới nhất.");
  return upToDate ? exitCode.ok : exitCode.failed;
}
