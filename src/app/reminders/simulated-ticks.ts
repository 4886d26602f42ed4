import { nextReminderWakeUp } from "../../adapters/storage/stores/reminder-jobs.js";
import type { OutboundMessage } from "../../core/messages/outbound-message.js";
import { type ReminderTickDeps, runReminderTick } from "./run-reminder-tick.js";

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** The start of the next whole minute at or after `instant`: when a per-minute clock would wake. */
function minuteAtOrAfter(instant: Date): Date {
  return new Date(Math.ceil(instant.getTime() / MINUTE) * MINUTE);
}

/**
 * Runs every reminder tick a per-minute clock would have run after `from` up to and
 * including `to`, as `xaso replay` does between two clock lines — weekends, holidays and
 * quiet hours included, so a reminder moved to another day is seen there. Minutes where
 * nothing can become due are skipped: the clock jumps to the next due reminder, and at
 * least once a day so reminders are queued in time. With `from` null (a first clock line,
 * like a start-up) it ticks once, at `to`. Returns what was sent, in order.
 */
export async function runTicksBetween(deps: ReminderTickDeps, from: Date | null, to: Date): Promise<OutboundMessage[]> {
  const sent: OutboundMessage[] = [];
  if (from !== null) {
    let at = from;
    for (;;) {
      const wakeUp = await nextReminderWakeUp(deps.db, at);
      const candidate = minuteAtOrAfter(
        new Date(Math.min(wakeUp?.getTime() ?? Number.POSITIVE_INFINITY, at.getTime() + DAY)),
      );
      if (candidate.getTime() >= to.getTime()) break;
      sent.push(...(await runReminderTick(deps, candidate)));
      at = candidate;
    }
  }
  sent.push(...(await runReminderTick(deps, to)));
  return sent;
}
