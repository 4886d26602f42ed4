import type { User } from "./grammy-deps.js";

/** A Telegram user's name as people see it: first and last name ("Nguyễn Thị Lan"). */
export function senderName(user: Pick<User, "first_name" | "last_name">): string {
  return (
    [user.first_name, user.last_name]
      .map((part) => part?.trim())
      .filter(Boolean)
      .join(" ") || "Thành viên"
  );
}
