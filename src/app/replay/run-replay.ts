import crypto from "node:crypto";
import { pino } from "pino";
import { loadHolidayYears } from "../../adapters/catalogs/load-holiday-years.js";
import { createLogger, type Logger } from "../../adapters/logging/create-logger.js";
import type { Database } from "../../adapters/storage/open-database.js";
import type { DbClient } from "../../adapters/storage/prisma-types.js";
import { bindChat } from "../../adapters/storage/stores/chat-bindings.js";
import { createCommune, findCommuneBySlug } from "../../adapters/storage/stores/communes.js";
import { findMembership } from "../../adapters/storage/stores/member-lookup.js";
import { addMember, type MemberRole } from "../../adapters/storage/stores/members.js";
import { createPlan } from "../../adapters/storage/stores/plans.js";
import type { Catalog } from "../../core/catalog/catalog-schema.js";
import type { CommuneSnapshot } from "../../core/conversation/commune-snapshot.js";
import type { ConverseInput, DialogOutcome } from "../../core/conversation/converse-input.js";
import { addressedByName } from "../../core/messages/called-by-name.js";
import type { InboundMessage } from "../../core/messages/inbound-message.js";
import { type OutboundMessage, withNumberedChoices } from "../../core/messages/outbound-message.js";
import { handleWithModel } from "../assistant/handle-with-model.js";
import type { ModelAssistant } from "../assistant/model-assistant.js";
import { createCatalogCache } from "../conversation/catalog-cache.js";
import { withFailureBoundary } from "../conversation/failure-boundary.js";
import { sweepExpiredSessions } from "../conversation/sweep-expired-sessions.js";
import { loadReminderView } from "../reminders/reminder-view.js";
import { runTicksBetween } from "../reminders/simulated-ticks.js";
import { type EffectLine, effectLines, isEffectLine } from "./effect-lines.js";
import { replayFileOutput } from "./replay-files.js";
import { replayLineSchema } from "./replay-line.js";

/** What a replay runs against. */
export interface ReplaySetup {
  db: Database;
  catalog: Catalog;
  communeName: string;
  converse(input: ConverseInput): DialogOutcome;
  timeZone: string;
  /** Where a message that could not be handled is logged; standard error when absent. */
  logger?: Logger | undefined;
  /** Where files the bot sends are written (`xaso replay --files DIR`); not written when absent. */
  filesDir?: string | undefined;
  /** The optional language model, used exactly as the bots use it (`OPENAI_API_KEY` set). */
  assistant?: ModelAssistant | undefined;
  /** The names members call the bot by (`BOT_NAME` and "Xã Số"), as the bots answer them; "Xã Số" when absent. */
  botNames?: readonly string[] | undefined;
}

/** A bot message as the replay prints it; a file also has its name and, with `filesDir`, where it was written. */
export interface ReplayOutput {
  chat: string;
  file?: string;
  name?: string;
  text: string;
}

/**
 * Replays a conversation file through the real core and storage: every chat is bound to
 * one commune, every sender becomes an approved member, nothing is confirmed on its own.
 * `{"clock": …}` lines move the simulated clock and run whatever is due then (expired
 * dialogs end with their note; every reminder tick due since the previous clock line runs,
 * and what the clock sends is printed like a reply; the first clock line ticks once, as a
 * start-up does). Bad lines are reported as values and skipped. A message
 * that fails goes through the same failure boundary as on every platform: logged, and
 * answered with the apology where it was addressed to the bot.
 *
 * With `onStored`, each message's storage effects are reported too, once its transaction
 * committed and before its replies: those of the step that committed (a step retried after
 * a write conflict reports only its last run; a redelivered message reports nothing).
 */
export async function runReplay(
  setup: ReplaySetup,
  lines: AsyncIterable<string>,
  emit: (output: ReplayOutput) => void,
  onBadLine: (lineNumber: number, problem: string) => void,
  onStored?: (line: EffectLine) => void,
): Promise<void> {
  let clock = new Date(`${setup.catalog.year}-06-15T08:00:00+07:00`);
  const holidays = (await loadHolidayYears()).years;
  const now = () => clock;
  const { communeId, planId } = await ensureCommune(setup, clock);
  let lastStep: EffectLine[] = [];
  const deps = {
    db: setup.db,
    converse(input: ConverseInput): DialogOutcome {
      const outcome = setup.converse(input);
      lastStep = effectLines(outcome.effects, input);
      return outcome;
    },
    catalogOf: createCatalogCache(setup.db),
    timeZone: setup.timeZone,
    now,
    reminderView: (db: DbClient, snapshot: CommuneSnapshot, chat: { platform: string; chatId: string }, at: Date) =>
      loadReminderView(db, snapshot, chat, { holidays, timeZone: setup.timeZone, now: at }),
  };
  const handle = withFailureBoundary(
    (message) =>
      handleWithModel(deps, setup.assistant, message).catch((error: unknown) => {
        lastStep = []; // rolled back: nothing was stored
        throw error;
      }),
    setup.logger ?? createLogger("error", pino.destination(2)),
  );
  const print = (messages: OutboundMessage[]) => {
    for (const m of messages)
      emit(
        m.file ? replayFileOutput(m, setup.filesDir) : { chat: m.chatId, text: withNumberedChoices(m.text, m.choices) },
      );
  };
  // Generated message ids differ between runs, so replaying into a kept database (--db) is not taken for redelivery.
  const run = crypto.randomUUID().slice(0, 8);
  const reminders = {
    db: setup.db,
    catalogOf: deps.catalogOf,
    holidays,
    timeZone: setup.timeZone,
    owner: `replay-${run}`,
    senders: new Map([["replay", async () => {}]]),
    logger: setup.logger ?? createLogger("error", pino.destination(2)),
  };
  let ticked: Date | null = null;
  let lineNumber = 0;
  for await (const raw of lines) {
    lineNumber += 1;
    if (!raw.trim()) continue;
    const parsed = parseLine(raw);
    if (!parsed.ok && parsed.problem === EXPECTED_OUTPUT) continue;
    if (!parsed.ok) {
      onBadLine(lineNumber, parsed.problem);
      continue;
    }
    const line = parsed.line;
    if ("clock" in line) {
      clock = new Date(line.clock);
      print(await sweepExpiredSessions(setup.db, clock));
      print(await runTicksBetween(reminders, ticked, clock));
      ticked = clock;
      continue;
    }
    clock = new Date(clock.getTime() + 1000);
    const sender = { id: line.user, name: line.name ?? line.user };
    await ensureChatAndMember(setup.db, {
      communeId,
      planId,
      chatId: line.chat,
      isGroup: line.group,
      sender,
      enrol: line.member ? line.role : null,
      at: clock,
    });
    const message: InboundMessage = {
      platform: "replay",
      chatId: line.chat,
      isGroup: line.group,
      messageId: line.id ?? `${run}-${lineNumber}`,
      sender,
      text: line.text,
      mentionsBot: line.mention,
      repliesToBot: line.reply,
      sentAt: clock,
      ...(line.file
        ? { attachment: { fileName: line.file }, ...(line.text.trim() ? {} : { media: "file" as const }) }
        : {}),
    };
    lastStep = [];
    const replies = await handle(addressedByName(message, setup.botNames));
    for (const stored of lastStep) onStored?.(stored);
    print(replies);
  }
}

/** Transcript files interleave the expected replies (`{"bot": …}`) and effects; a replay skips them. */
const EXPECTED_OUTPUT = "expected output";

function parseLine(
  raw: string,
): { ok: true; line: ReturnType<typeof replayLineSchema.parse> } | { ok: false; problem: string } {
  try {
    const json: unknown = JSON.parse(raw);
    if (typeof json === "object" && json !== null && ("bot" in json || isEffectLine(json)))
      return { ok: false, problem: EXPECTED_OUTPUT };
    const parsed = replayLineSchema.safeParse(json);
    return parsed.success
      ? { ok: true, line: parsed.data }
      : { ok: false, problem: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ") };
  } catch {
    return { ok: false, problem: "không phải JSON" };
  }
}

async function ensureCommune(setup: ReplaySetup, at: Date): Promise<{ communeId: string; planId: string }> {
  const slug = slugOf(setup.communeName);
  const commune =
    (await findCommuneBySlug(setup.db, slug)) ??
    (await createCommune(setup.db, { slug, name: setup.communeName, district: "—", province: "—" }, { at }));
  const plan = await createPlan(setup.db, {
    communeId: commune.id,
    catalog: setup.catalog,
    year: setup.catalog.year,
    at,
    actor: { platform: "replay" },
  });
  if (plan.status !== "created" && plan.status !== "existing")
    throw new Error(`cannot create the replay plan: ${plan.status}`);
  return { communeId: commune.id, planId: plan.plan.id };
}

async function ensureChatAndMember(
  db: Database,
  input: {
    communeId: string;
    planId: string;
    chatId: string;
    isGroup: boolean;
    sender: { id: string; name: string };
    enrol: MemberRole | null;
    at: Date;
  },
): Promise<void> {
  await bindChat(db, {
    platform: "replay",
    chatId: input.chatId,
    communeId: input.communeId,
    planId: input.planId,
    isGroup: input.isGroup,
    boundBy: "replay",
    at: input.at,
  });
  if (
    !input.enrol ||
    (await findMembership(db, { communeId: input.communeId, platform: "replay", externalId: input.sender.id }))
  )
    return;
  await addMember(
    db,
    {
      communeId: input.communeId,
      platform: "replay",
      externalId: input.sender.id,
      displayName: input.sender.name,
      role: input.enrol,
      status: "approved",
    },
    { at: input.at },
  );
}

/** "Xã Demo" → "xa-demo". */
export function slugOf(name: string): string {
  return (
    name
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .replace(/đ/gi, "d")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "xa"
  );
}
