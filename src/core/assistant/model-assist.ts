import type { ModelReading } from "./model-reading.js";

/**
 * What the language model contributed to one message, checked, given to `converse` as
 * data: its reading of a message the rules could not read, and a grounded answer to an
 * open question. Both null means the model was asked and gave nothing usable (a failure,
 * the daily cap, an answer that did not pass the checks): the rule-based reply applies.
 */
export interface ModelAssist {
  reading: ModelReading | null;
  answer: string | null;
}
