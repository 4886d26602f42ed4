/**
 * A replayed conversation set beside the one written in a transcript file, for
 * `xaso replay --check`: only the bot's messages are compared, in order, each shown after the
 * input line that led to it, so a province can keep its own conversation tests next to its
 * own catalog and read at once what changed.
 */

/** One line of a conversation as `xaso replay --transcript` prints it: an input or a bot message. */
export type TranscriptLine = { kind: "input"; raw: string } | { kind: "bot"; chat: string; text: string };

/** The outcome of a check: equal, or a readable diff of the bot messages that differ. */
export type TranscriptCheck = { ok: true; summary: string } | { ok: false; report: string };

const CONTEXT_LIMIT = 5;

/** Compares the bot's messages of a replay with those written in the file, in order. */
export function checkTranscript(file: string, expected: TranscriptLine[], actual: TranscriptLine[]): TranscriptCheck {
  const wanted = botMessages(expected);
  const got = botMessages(actual);
  const differences: string[] = [];
  for (let index = 0; index < Math.max(wanted.length, got.length); index += 1) {
    const want = wanted[index];
    const have = got[index];
    if (want && have && want.chat === have.chat && want.text === have.text) continue;
    differences.push(describeDifference(index, want, have));
  }
  if (differences.length === 0)
    return { ok: true, summary: `khớp: ${got.length} tin nhắn của bot trong ${file} đúng như tệp.` };
  const shown = differences.slice(0, CONTEXT_LIMIT);
  const more = differences.length - shown.length;
  return {
    ok: false,
    report: [
      `không khớp: ${differences.length} tin nhắn của bot khác với ${file} (${got.length} nhận được, ${wanted.length} trong tệp).`,
      ...shown,
      ...(more > 0 ? [`… và ${more} chỗ khác nữa.`] : []),
    ].join("\n\n"),
  };
}

interface BotMessage {
  chat: string;
  text: string;
  /** The input line the message answers, to say where in the conversation it is. */
  after: string | undefined;
}

function botMessages(lines: TranscriptLine[]): BotMessage[] {
  const messages: BotMessage[] = [];
  let after: string | undefined;
  for (const line of lines) {
    if (line.kind === "input") after = line.raw;
    else messages.push({ chat: line.chat, text: line.text, after });
  }
  return messages;
}

function describeDifference(index: number, want: BotMessage | undefined, have: BotMessage | undefined): string {
  const after = (want ?? have)?.after;
  return [
    `Tin nhắn thứ ${index + 1} của bot${after ? `, sau ${after}` : ""}:`,
    ...quoted("- trong tệp", want),
    ...quoted("+ nhận được", have),
  ].join("\n");
}

function quoted(label: string, message: BotMessage | undefined): string[] {
  if (!message) return [`${label}: (không có)`];
  const sign = label[0];
  return [`${label} (${message.chat}):`, ...message.text.split("\n").map((line) => `${sign} ${line}`)];
}
