/**
 * Removes secrets and personal data that may hide inside free text (error messages,
 * URLs): Telegram bot tokens and Vietnamese phone numbers. Structured fields are
 * redacted by key in the logger; this covers what slips into strings. The token pattern
 * covers every token the configuration accepts (`digits:20 or more of [A-Za-z0-9_-]`).
 */
export function scrubSecrets(text: string): string {
  return text
    .replace(/(?<!\d)\d+:[A-Za-z0-9_-]{20,}/g, "[token]")
    .replace(/(?<![\d.,/])(?:\+?84|0)(?:[\s.-]?\d){9}(?![\d.,/])/g, "[số điện thoại]");
}
