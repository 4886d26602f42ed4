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

/** Words only: the terms of a text minus particles at both ends. */
export function trimParticles(terms: readonly string[], keep: ReadonlySet<string> = new Set()): string[] {
  let start = 0;
  let end = terms.length;
  const drop = (term: string | undefined) => term !== undefined && PARTICLES.has(term) && !keep.has(term);
  while (start < end && drop(terms[start])) start += 1;
  while (end > start && drop(terms[end - 1])) end -= 1;
  return terms.slice(start, end);
}
