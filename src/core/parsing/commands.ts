/**
 * Slash commands as typed in Telegram and Zalo: "/capnhat", "/capnhat@XaSoBot 3.2",
 * "/phancong 3.2 3.4 @Lan", "/duyet @Nguyễn Thị Lan".
 */

/** A command split into its name (lowercase, no bot suffix) and the raw text after it. */
export interface Command {
  readonly name: string;
  /** The "@XaSoBot" suffix without "@", when present. */
  readonly bot: string | null;
  readonly args: string;
}

const COMMAND = /^\/([a-z_]+)(?:@([a-z0-9_]+))?(?=\s|$)\s*([\s\S]*)$/i;

/** Reads a message that starts with "/name", or null when it is not a command. */
export function readCommand(text: string): Command | null {
  const match = COMMAND.exec(text.trim());
  if (!match) return null;
  const [, name = "", bot, args = ""] = match;
  return { name: name.toLowerCase(), bot: bot ?? null, args: args.trim() };
}

/**
 * The members mentioned in command arguments, without "@". Telegram mentions are one
 * word ("@lan_vp"); Zalo mentions carry the display name with spaces ("@Nguyễn Thị Lan"),
 * which ends at the next mention, a comma, a code such as "3.2", or the first word that
 * does not start with a capital (names are capitalised: "@Lan nhé" mentions "Lan").
 */
export function readMentions(args: string): string[] {
  const mentions: string[] = [];
  for (const chunk of args.split("@").slice(1)) {
    const words: string[] = [];
    for (const word of chunk.split(/\s+/)) {
      if (!word) continue;
      if (/^(?:\d|[IVXLivxl]+\.\d)/.test(word) || (words.length > 0 && !/^\p{Lu}/u.test(word))) break;
      const cleaned = word.replace(/[,;:]+$/, "");
      if (cleaned) words.push(cleaned);
      if (cleaned !== word) break;
    }
    if (words.length > 0) mentions.push(words.join(" "));
  }
  return mentions;
}

/** The command arguments with mentions removed, for reading codes and indicator words. */
export function withoutMentions(args: string, mentions: readonly string[]): string {
  let rest = args;
  for (const mention of mentions) rest = rest.replace(`@${mention}`, " ");
  return rest.replace(/\s+/g, " ").trim();
}
