import type { Role } from "../conversation/commune-snapshot.js";

/** A person whose name is replaced by their role before text leaves the server. */
export interface NamedPerson {
  name: string;
  role: Role | null;
}

const ROLE_WORDS: Record<Role, string> = {
  chair: "Trưởng ban",
  deputy: "Phó trưởng ban",
  secretary: "Thư ký",
  member: "Thành viên",
  viewer: "Người xem",
};

/** A citizen identity number: exactly twelve digits, not part of a longer number. */
const CITIZEN_ID = /(?<![\d.,])\d{12}(?![\d.,]\d|\d)/g;
/** 0912345678, 0912.345.678, 0912 345 678, +84 912 345 678, 84912345678. */
const PHONE = /(?<![\d.,])(?:\+84|0084|84(?=[35789]\d{8}(?!\d))|0)(?:[\s.-]?\d){9,10}(?![\d]|[.,]\d)/g;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;

/**
 * Replaces personal data in a text that is about to be sent to a language model: e-mail
 * addresses, citizen identity numbers (12 digits), phone numbers (0912345678,
 * 0912.345.678, +84…), and the names of the given people, each by their role ("Thư ký")
 * or "Thành viên" when it is unknown. Figures such as 6.608/8.315 are left alone.
 */
export function maskPersonalData(text: string, people: readonly NamedPerson[] = []): string {
  let masked = text.replace(EMAIL, "[email]").replace(CITIZEN_ID, "[số định danh]").replace(PHONE, "[số điện thoại]");
  const byLength = [...people].filter((p) => p.name.trim().length >= 2).sort((a, b) => b.name.length - a.name.length);
  for (const person of byLength) {
    const word = ROLE_WORDS[person.role ?? "member"];
    masked = masked.replace(namePattern(person.name.trim()), word);
    // A full name's given name alone ("Lan" for "Nguyễn Thị Lan") is masked too.
    const given = person.name.trim().split(/\s+/).at(-1);
    if (given && given !== person.name.trim() && given.length >= 2) masked = masked.replace(namePattern(given), word);
  }
  return masked;
}

function namePattern(name: string): RegExp {
  const escaped = name.normalize("NFC").replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`@?(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "giu");
}
