import type { Role } from "../commune-snapshot.js";
import type { AdministeredPlan } from "../converse-input.js";

/** What the bot says about the committee itself: binding a chat, joining, approvals, assignments. */

const ROLE_LABELS: Record<Role, string> = {
  chair: "trưởng ban",
  deputy: "phó trưởng ban",
  secretary: "thư ký",
  member: "thành viên",
  viewer: "người xem",
};

/** How a role is named in replies: "phó trưởng ban". */
export function roleLabel(role: Role): string {
  return ROLE_LABELS[role];
}

/** /batdau in a chat that is already bound. */
export function alreadyBound(communeName: string, catalogTitle: string, year: number): string {
  return `Nhóm này đã gắn với ${communeName} (${catalogTitle}, năm ${year}). Gõ /huongdan để xem cách dùng.`;
}

/** /batdau from someone who runs no commune's committee. */
export const NOT_AN_ADMINISTRATOR =
  "Anh/chị chưa được đăng ký là trưởng ban hoặc thư ký BCĐ của xã nào nên chưa gắn được nhóm. Nhờ cán bộ CNTT chạy: npm run xaso -- member add --role chair …";

/** /batdau from someone who runs several communes' committees, without naming one. */
export function whichCommune(plans: readonly AdministeredPlan[]): string {
  const names = plans.map((p) => p.communeName).join(", ");
  return `Anh/chị quản lý nhiều xã (${names}). Gõ /batdau kèm tên xã, ví dụ: /batdau ${plans[0]?.communeName ?? ""}`;
}

/** The chat is now bound to the commune's plan. */
export function boundText(plan: AdministeredPlan): string {
  return `✅ Đã gắn nhóm này với ${plan.communeName} — ${plan.catalogTitle}, năm ${plan.year}.\nThành viên BCĐ gõ /thamgia để tham gia, /huongdan để xem cách dùng.`;
}

/** /thamgia from a member already approved. */
export function alreadyMember(name: string, role: Role, communeName: string): string {
  return `${name} đã là ${ROLE_LABELS[role]} BCĐ ${communeName}.`;
}

/** A request to join still waiting for the chair or secretary. */
export function joinPending(name: string): string {
  return `Đề nghị tham gia của ${name} đang chờ trưởng ban hoặc thư ký duyệt.`;
}

/** Joined at once: the commune lets anyone in its chat join. */
export function joinedText(name: string, communeName: string): string {
  return `✅ ${name} đã tham gia BCĐ ${communeName}. Gõ /capnhat để nhập số liệu.`;
}

/** A request to join recorded, tagging those who can approve it ("@Lan, @Hùng"). */
export function joinRequested(name: string, managerTags: readonly string[], handle = name): string {
  const namesake = handle === name ? "" : ` (trùng tên với một thành viên đã có, nên duyệt bằng mã tài khoản)`;
  return `Đã ghi nhận đề nghị tham gia của ${name}${namesake}. ${managerTags.join(", ") || "Trưởng ban hoặc thư ký"} gõ /duyet @${handle} để duyệt.`;
}

/** /duyet from someone who is not the chair or secretary. */
export const ONLY_MANAGERS_APPROVE = "Chỉ trưởng ban, phó trưởng ban hoặc thư ký BCĐ mới duyệt được thành viên.";

/** /duyet naming nobody who is waiting, or several. */
export function whomToApprove(waiting: readonly string[]): string {
  return waiting.length
    ? `Chưa xác định được người cần duyệt. Đang chờ duyệt: ${waiting.join(", ")}. Gõ /duyet @Tên.`
    : "Không có đề nghị tham gia nào đang chờ duyệt.";
}

/** A pending member named like an approved one: approving by name could seat an impostor. */
export function sameNameAsMember(name: string, accountId: string | null): string {
  const how = accountId
    ? `/duyet @${accountId} (mã tài khoản của người xin tham gia)`
    : "lệnh xaso member add trên máy chủ";
  return `Người xin tham gia tên ${name} trùng tên với một thành viên đã có, nên chưa duyệt theo tên. Nếu đúng người, duyệt bằng ${how}.`;
}

/** A viewer only reads figures, so indicators cannot be assigned to them. */
export function viewerCannotBeAssigned(name: string): string {
  return `${name} chỉ có quyền xem nên không nhận phân công nhập số liệu. Anh/chị phân công cho một thành viên khác.`;
}

/** /batdau in a chat that belongs to another commune (an earlier binding, or its group's). */
export function reservedForAnotherCommune(communeName: string): string {
  return `Nhóm này thuộc BCĐ xã ${communeName}, nên không gắn sang xã khác từ trong nhóm. Nếu cần chuyển, người cài đặt chạy lệnh xaso bind --rebind trên máy chủ.`;
}

/** The member is approved, with their role. */
export function approvedText(name: string, communeName: string, role: Role = "member"): string {
  return `✅ Đã duyệt ${name} làm ${ROLE_LABELS[role]} BCĐ ${communeName}.`;
}

/** /duyet with words after the mention that name no role. */
export const APPROVE_ROLE_USAGE =
  "Chưa rõ vai trò. Gõ /duyet @Tên (thành viên), hoặc kèm vai trò, ví dụ: /duyet @Tên phó trưởng ban, /duyet @Tên thư ký, /duyet @Tên xem.";

/** A deputy chair or secretary tried to seat someone as chair. */
export const ONLY_CHAIR_SEATS_CHAIR =
  "Chỉ trưởng ban mới duyệt được một trưởng ban khác; người cài đặt có thể chạy lệnh xaso member add --role chair.";

/** /phancong from someone who is not the chair or secretary. */
export const ONLY_MANAGERS_ASSIGN = "Chỉ trưởng ban, phó trưởng ban hoặc thư ký BCĐ mới phân công được chỉ tiêu.";

/** /phancong without codes. */
export const ASSIGN_USAGE = "Gõ /phancong kèm mã chỉ tiêu và người phụ trách, ví dụ: /phancong 3.2 3.4 @Lan";

/** /phancong naming nobody on the committee, or several. */
export function whomToAssign(mention: string, codes: readonly string[]): string {
  return `Chưa xác định được thành viên "${mention}". Gõ /phancong ${codes.join(" ")} @Tên (tên như trong danh sách BCĐ).`;
}

/** The member is now responsible for the indicators. */
export function assignedText(name: string, codes: readonly string[]): string {
  return `✅ Đã phân công ${name} phụ trách chỉ tiêu ${codes.join(", ")}.`;
}
