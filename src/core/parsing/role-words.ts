import type { Role } from "../conversation/commune-snapshot.js";
import { foldVietnamese } from "../text/fold-vietnamese.js";
import { trimParticles } from "./particles.js";

/** Committee roles as officials write them, folded: "phó trưởng ban", "thư ký", "xem". */
const ROLE_WORDS: ReadonlyMap<string, Role> = new Map<string, Role>([
  ["truong ban", "chair"],
  ["chu tich", "chair"],
  ["pho truong ban", "deputy"],
  ["pho ban", "deputy"],
  ["ptb", "deputy"],
  ["thu ky", "secretary"],
  ["thu ki", "secretary"],
  ["thanh vien", "member"],
  ["xem", "viewer"],
  ["nguoi xem", "viewer"],
  ["chi xem", "viewer"],
]);

/** Words that show a role was meant, so what they say must be one ("phó trưởng", "thu ki"). */
const ROLE_HINT = /\b(truong|pho|thu|ky|ki|vien|xem|vai|tro|chu|tich)\b/;

/**
 * The role named by words after a mention ("/duyet @Tâm phó trưởng ban"): a role; null
 * when no role is written (particles such as "nhé" are not one); "unknown" when the words
 * try to name a role but name none. "làm", "là" and "vai trò" before the role are allowed
 * ("duyệt @Tâm làm thư ký").
 */
export function readRoleWords(text: string): Role | null | "unknown" {
  const terms = foldVietnamese(text)
    .replace(/[^a-z0-9\s]/g, " ")
    .split(/\s+/)
    .filter(Boolean);
  // "ban" of "trưởng ban" is also a particle ("bạn"): the role is looked up before particles go.
  for (const phrase of [terms.join(" "), trimParticles(terms).join(" ")]) {
    const role = ROLE_WORDS.get(phrase.replace(/^(voi vai tro|vai tro|lam|la) /, ""));
    if (role) return role;
  }
  const phrase = trimParticles(terms).join(" ");
  if (!phrase) return null;
  return /^(voi vai tro|vai tro|lam|la) /.test(phrase) || ROLE_HINT.test(phrase) ? "unknown" : null;
}
