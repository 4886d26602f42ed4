import type { Clock } from "../../clock/clock.js";

/**
 * Spaces out what the account sends: at least `perChatGap` between two messages to one
 * chat and `overallGap` between any two, as a person typing would. Each call reserves the
 * next free slot at once, so concurrent senders queue in call order.
 */
export class SendThrottle {
  private lastOverall = Number.NEGATIVE_INFINITY;
  private readonly lastByChat = new Map<string, number>();

  constructor(
    private readonly clock: Clock,
    private readonly gaps: { perChatGap: number; overallGap: number },
  ) {}

  /** Waits for the next slot for `chatId`. */
  async wait(chatId: string): Promise<void> {
    const now = this.clock.now();
    const slot = Math.max(
      now,
      this.lastOverall + this.gaps.overallGap,
      (this.lastByChat.get(chatId) ?? Number.NEGATIVE_INFINITY) + this.gaps.perChatGap,
    );
    this.lastOverall = slot;
    this.lastByChat.set(chatId, slot);
    if (slot > now) await this.clock.sleep(slot - now);
  }
}
