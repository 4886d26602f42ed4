import type { Choice, Mention } from "../messages/outbound-message.js";
import type { DialogOutcome } from "./converse-input.js";
import type { Effect } from "./effects.js";
import type { SessionState } from "./session-state.js";

/** A reply effect, with choices and mentions only when there are some. */
export function reply(text: string, extras: { choices?: Choice[]; mentions?: Mention[] } = {}): Effect {
  return {
    type: "reply",
    text,
    ...(extras.choices?.length ? { choices: extras.choices } : {}),
    ...(extras.mentions?.length ? { mentions: extras.mentions } : {}),
  };
}

/** An outcome that says something and leaves (or puts) the dialog in `session`. */
export function say(
  session: SessionState | null,
  text: string,
  extras: { choices?: Choice[]; mentions?: Mention[] } = {},
): DialogOutcome {
  return { session: session && withOffered(session, extras.choices), effects: [reply(text, extras)] };
}

/** The session remembering which choices its last question offered (none: forgets earlier ones). */
export function withOffered(session: SessionState, choices: Choice[] | undefined): SessionState {
  const { offered: _previous, ...rest } = session;
  return choices?.length ? { ...rest, offered: choices.map((choice) => choice.value) } : rest;
}

/** A choice number ("2") typed in answer to a question with choices, read as that choice's value. */
export function chosenValue(session: SessionState, text: string): string {
  const number = /^\s*(\d{1,2})\s*[.)]?\s*$/.exec(text)?.[1];
  const value =
    number && session.step !== "numerator" && session.step !== "denominator"
      ? session.offered?.[Number(number) - 1]
      : undefined;
  return value ?? text;
}

/** An outcome that does nothing at all: the bot stays silent and the dialog is untouched. */
export function silent(session: SessionState | null): DialogOutcome {
  return { session, effects: [] };
}
