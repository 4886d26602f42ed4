import { figureIntent } from "./figure-reading.js";
import type { MessageAnalysis } from "./message-analysis.js";
import type { ParsedMessage } from "./parsed-message.js";
import { asksForDeadlines } from "./query-cues.js";
import { asksSomething } from "./question-cues.js";
import { isAboutOneVillage, statesPastFigure, statesTarget } from "./report-cues.js";

/**
 * The figure rule: a message with a figure consistent with its indicator's measure,
 * not asking about it, is an update (a correction when it says "sửa", "nhầm"); an
 * ambiguous or unknown indicator gives `ambiguous` or `unknown_indicator`. A target, a
 * forecast or one village's figure ("mục tiêu 90%", "dự kiến đạt 80%", "thôn 3 có
 * 230/250 hộ") or last year's ("năm ngoái …") is news rather than a report: `unknown`, unless the message also asks
 * something. Null when the rule does not apply.
 */
export function readUpdateIntent(message: MessageAnalysis): ParsedMessage | null {
  const { figure, reference, text, correcting } = message;
  if (!figure || message.asksStatus) return null;
  const notAResult = statesTarget(text) || statesPastFigure(text) || isAboutOneVillage(text);
  if (notAResult) return asksSomething(text) ? null : { intent: "unknown" };
  const intent = figureIntent(reference, figure, correcting);
  if (intent) return intent;
  if (asksForDeadlines(text)) return null;
  return { intent: "unknown_indicator", figure, reference: null, purpose: correcting ? "correction" : "update" };
}
