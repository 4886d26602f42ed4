/** Particles and forms of address, which carry no meaning for intent ("ạ", "nhé", "anh", "bot ơi"). */
export const PARTICLES = new Set([
  "a",
  "ah",
  "nhe",
  "nha",
  "nhi",
  "di",
  "em",
  "anh",
  "chi",
  "oi",
  "bot",
  "ban",
  "voi",
  "vay",
  "the",
  "ha",
  "ne",
  "nhen",
  "luon",
  "day",
  "ad",
  "admin",
  "thoi",
  "roi",
  "con",
  "?",
  "!",
]);

const NOTHING_KEPT: ReadonlySet<string> = new Set();

/** Words only: the terms of a text minus particles at both ends. */
export function trimParticles(terms: readonly string[], keep: ReadonlySet<string> = NOTHING_KEPT): string[] {
  let start = 0;
  let end = terms.length;
  while (start < end && dropped(terms[start], keep)) start += 1;
  while (end > start && dropped(terms[end - 1], keep)) end -= 1;
  return terms.slice(start, end);
}

function dropped(term: string | undefined, keep: ReadonlySet<string>): boolean {
  return term !== undefined && PARTICLES.has(term) && !keep.has(term);
}
