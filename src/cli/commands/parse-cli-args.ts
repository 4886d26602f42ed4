import { type ParseArgsConfig, parseArgs } from "node:util";
import { exitCode } from "../cli-command.js";

type ParseArgsOptionsConfig = NonNullable<ParseArgsConfig["options"]>;

/** Parsed arguments, or one Vietnamese line saying what was wrong with them. */
export type CliArgs<V> = { ok: true; values: V; positionals: string[] } | { ok: false; message: string };

/**
 * Strict `parseArgs` for the admin commands, with two differences: a negative number
 * after an option is its value (`--chat -1001234567890`, as Telegram group ids are), and
 * a mistake comes back as a Vietnamese message instead of Node's English exception.
 */
export function parseCliArgs<const O extends ParseArgsOptionsConfig>(
  args: string[],
  options: O,
  allowPositionals = false,
) {
  try {
    const { values, positionals } = parseArgs({
      args: joinNegativeValues(args, options),
      options,
      allowPositionals,
      strict: true,
    });
    return { ok: true as const, values, positionals };
  } catch (error) {
    return { ok: false as const, message: describeArgsError(error) };
  }
}

/** The flags among `names` that have no value, written as `--flag`. */
export function missingFlags(values: Record<string, unknown>, names: readonly string[]): string[] {
  return names.filter((name) => values[name] === undefined || values[name] === "").map((name) => `--${name}`);
}

function joinNegativeValues(args: string[], options: ParseArgsOptionsConfig): string[] {
  const joined: string[] = [];
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] ?? "";
    const next = args[index + 1];
    const option = arg.startsWith("--") ? options[arg.slice(2)] : undefined;
    if (option?.type === "string" && next !== undefined && /^-\d/.test(next)) {
      joined.push(`${arg}=${next}`);
      index++;
    } else {
      joined.push(arg);
    }
  }
  return joined;
}

function describeArgsError(error: unknown): string {
  const { code, message } = error as { code?: string; message?: string };
  const option = /'(-{1,2}[^' ]+)/.exec(message ?? "")?.[1];
  switch (code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return `Không có tham số "${option ?? message}".`;
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return `Thừa "${/'([^']*)'/.exec(message ?? "")?.[1] ?? ""}".`;
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return /does not take an argument/.test(message ?? "")
        ? `Tham số "${option}" không nhận giá trị.`
        : `Thiếu giá trị sau "${option}".`;
    default:
      throw error;
  }
}

/** Prints a misuse as one line ending with the command's usage; returns exit code 2. */
export function reportUsage(io: { err(text: string): void }, message: string, usage: string): number {
  io.err(`${message} Cách dùng: ${usage}`);
  return exitCode.usage;
}
