import { type CliCommand, type CliContext, exitCode } from "./cli-command.js";
import { assignCommand } from "./commands/assign.js";
import { bindCommand } from "./commands/bind.js";
import { catalogExportCommand } from "./commands/catalog-export.js";
import { catalogImportCommand } from "./commands/catalog-import.js";
import { catalogShowCommand } from "./commands/catalog-show.js";
import { catalogsCommand } from "./commands/catalogs.js";
import { communeAddCommand } from "./commands/commune-add.js";
import { communeListCommand } from "./commands/commune-list.js";
import { communeModelCommand } from "./commands/commune-model.js";
import { communeRemoveCommand } from "./commands/commune-remove.js";
import { deadlineAddCommand } from "./commands/deadline-add.js";
import { meetingAddCommand } from "./commands/meeting-add.js";
import { meetingListCommand } from "./commands/meeting-list.js";
import { memberAddCommand } from "./commands/member-add.js";
import { memberRemoveCommand } from "./commands/member-remove.js";
import { migrateCommand } from "./commands/migrate.js";
import { parseCommand } from "./commands/parse.js";
import { remindersListCommand } from "./commands/reminders-list.js";
import { replayCommand } from "./commands/replay.js";
import { reportCommand } from "./commands/report.js";
import { zaloLoginCommand } from "./commands/zalo-login.js";

/** Every `xaso` sub-command, in the order `xaso --help` lists them. */
export const commands: readonly CliCommand[] = [
  catalogsCommand,
  catalogShowCommand,
  catalogExportCommand,
  catalogImportCommand,
  communeAddCommand,
  communeListCommand,
  communeRemoveCommand,
  communeModelCommand,
  bindCommand,
  memberAddCommand,
  memberRemoveCommand,
  assignCommand,
  meetingAddCommand,
  meetingListCommand,
  deadlineAddCommand,
  remindersListCommand,
  parseCommand,
  replayCommand,
  reportCommand,
  zaloLoginCommand,
  migrateCommand,
];

/**
 * Runs one `xaso` invocation: picks the command whose words start the arguments (the
 * longest match), answers `--help`, and turns an unexpected error into one readable line
 * and exit code 1 instead of a stack trace.
 */
export async function runCli(argv: string[], context: CliContext): Promise<number> {
  const match = [...commands]
    .sort((a, b) => b.name.split(" ").length - a.name.split(" ").length)
    .find((command) => command.name.split(" ").every((word, index) => argv[index] === word));
  if (!match) {
    if (argv.length && !isHelp(argv[0])) context.io.err(`Không có lệnh "${commandWords(argv).join(" ")}".`);
    context.io.out(helpText());
    return argv.length && !isHelp(argv[0]) ? exitCode.usage : exitCode.ok;
  }
  const args = argv.slice(match.name.split(" ").length);
  if (args.some(isHelp)) {
    context.io.out(`${match.summary}\nCách dùng: ${match.usage}`);
    return exitCode.ok;
  }
  try {
    return await match.run(args, context);
  } catch (error) {
    return reportFailure(error, match, context);
  }
}

/**
 * One Vietnamese line for a command that failed. A misused option is the user's to fix
 * and is named; anything else is unexpected, and its internals are printed only when
 * LOG_LEVEL asks for details (debug or trace), never to a person who just ran a command.
 */
function reportFailure(error: unknown, command: CliCommand, { io, config }: CliContext): number {
  const code = (error as { code?: string }).code ?? "";
  if (code.startsWith("ERR_PARSE_ARGS_")) {
    const option = /'([^']+)'/.exec(error instanceof Error ? error.message : "")?.[1];
    io.err(`Tham số không hợp lệ${option ? ` ${option}` : ""}. Cách dùng: ${command.usage}`);
    return exitCode.usage;
  }
  io.err(`Lỗi không mong đợi khi chạy "xaso ${command.name}". Chạy lại với LOG_LEVEL=debug để xem chi tiết.`);
  if (config.logLevel === "debug" || config.logLevel === "trace")
    io.err(error instanceof Error ? (error.stack ?? error.message) : String(error));
  return exitCode.failed;
}

/**
 * The words of `argv` that were meant as a command, for the "no such command" line: the
 * words that begin a known command (`catalog` of `catalog shwo`) and the one word after
 * them, never the options or values that follow (`report --commune …` names `report`).
 */
function commandWords(argv: string[]): string[] {
  const known = Math.max(0, ...commands.map((command) => sharedLeadingWords(command.name.split(" "), argv)));
  const next = argv[known];
  const words = next === undefined || next.startsWith("-") ? argv.slice(0, known) : argv.slice(0, known + 1);
  return words.length ? words : argv.slice(0, 1);
}

function sharedLeadingWords(words: string[], argv: string[]): number {
  const firstDifferent = words.findIndex((word, index) => argv[index] !== word);
  return firstDifferent === -1 ? words.length : firstDifferent;
}

function isHelp(arg: string | undefined): boolean {
  return arg === "--help" || arg === "-h" || arg === "help";
}

function helpText(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    "Cách dùng: npm run -s xaso -- LỆNH [tham số]",
    "",
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "Thêm --help sau một lệnh để xem cách dùng.",
  ].join("\n");
}
