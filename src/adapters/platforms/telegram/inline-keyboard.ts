import type { Choice } from "../../../core/conversation/effects.js";
import type { InlineKeyboardMarkup } from "./grammy-deps.js";

/** Telegram's limit on a button's callback data, in UTF-8 bytes. */
export const MAX_CALLBACK_DATA_BYTES = 64;

/**
 * A reply's choices as inline buttons. Tapping one sends the choice's value back as the
 * callback data, which the adapter hands to the conversation as if typed. A value longer
 * than 64 bytes is sent as its number ("2"), which the conversation reads as that choice.
 * Two or three short choices ("Có, lưu" / "Không, hủy") share a row; others get a row each.
 */
export function inlineKeyboard(choices: readonly Choice[]): InlineKeyboardMarkup {
  const buttons = choices.map((choice, index) => ({ text: choice.label, callback_data: callbackData(choice, index) }));
  const oneRow = buttons.length <= 3 && choices.every((choice) => [...choice.label].length <= 16);
  return { inline_keyboard: oneRow ? [buttons] : buttons.map((button) => [button]) };
}

/** The callback data for the choice at `index` (0-based). */
export function callbackData(choice: Choice, index: number): string {
  const value = choice.value.trim() || choice.label;
  return Buffer.byteLength(value, "utf8") <= MAX_CALLBACK_DATA_BYTES ? value : String(index + 1);
}
