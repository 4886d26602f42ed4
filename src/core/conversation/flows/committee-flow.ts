import { foldVietnamese } from "../../text/fold-vietnamese.js";
import type { CommuneSnapshot, MemberInfo } from "../commune-snapshot.js";
import type { ConverseInput, DialogOutcome } from "../converse-input.js";
import { indicatorByCode } from "../dialog-context.js";
import { reply, say } from "../outcome.js";
import { canManage } from "../permissions.js";

const ROLE_LABELS: Record<MemberInfo["role"], string> = {
  chair: "trưởng ban",
  secretary: "thư ký",
  member: "thành viên",
  viewer: "người xem",
};

/**
 * /batdau: binds this chat to the commune plan the sender administers. Only a chair or
 * secretary registered by the installer can do it; with several communes, the hint
 * ("/batdau Thúy Sơn") picks one.
 */
export function bindChatToCommune(input: ConverseInput, hint: string | null): DialogOutcome {
  if (input.snapshot) {
    return say(
      null,
      `Nhóm này đã gắn với ${input.snapshot.communeName} (${input.snapshot.catalog.title}, năm ${input.snapshot.year}). Gõ /huongdan để xem cách dùng.`,
    );
  }
  const plans = input.sender.administers;
  if (plans.length === 0) {
    return say(
      null,
      "Anh/chị chưa được đăng ký là trưởng ban hoặc thư ký BCĐ của xã nào nên chưa gắn được nhóm. Nhờ cán bộ CNTT chạy: npm run xaso -- member add --role chair …",
    );
  }
  const matching = hint ? plans.filter((p) => foldVietnamese(p.communeName).includes(foldVietnamese(hint))) : plans;
  if (matching.length !== 1) {
    const names = plans.map((p) => p.communeName).join(", ");
    return say(
      null,
      `Anh/chị quản lý nhiều xã (${names}). Gõ /batdau kèm tên xã, ví dụ: /batdau ${plans[0]?.communeName ?? ""}`,
    );
  }
  const plan = matching[0]!;
  return {
    session: null,
    effects: [
      { type: "bindChat", communeId: plan.communeId, planId: plan.planId },
      reply(
        `✅ Đã gắn nhóm này với ${plan.communeName} — ${plan.catalogTitle}, năm ${plan.year}.\nThành viên BCĐ gõ /thamgia để tham gia, /huongdan để xem cách dùng.`,
      ),
    ],
  };
}

/** /thamgia: asks to join the committee of the commune bound to this chat. */
export function requestToJoin(input: ConverseInput, snapshot: CommuneSnapshot): DialogOutcome {
  const seat = input.sender.membership;
  if (seat?.status === "approved")
    return say(null, `${seat.displayName} đã là ${ROLE_LABELS[seat.role]} BCĐ ${snapshot.communeName}.`);
  if (seat?.status === "pending")
    return say(null, `Đề nghị tham gia của ${seat.displayName} đang chờ trưởng ban hoặc thư ký duyệt.`);
  const open = snapshot.joinPolicy === "open";
  const managers = snapshot.members.filter(canManage);
  const text = open
    ? `✅ ${input.sender.name} đã tham gia BCĐ ${snapshot.communeName}. Gõ /capnhat để nhập số liệu.`
    : `Đã ghi nhận đề nghị tham gia của ${input.sender.name}. ${managers.map((m) => `@${m.displayName}`).join(", ") || "Trưởng ban hoặc thư ký"} gõ /duyet @${input.sender.name} để duyệt.`;
  const mentions = open
    ? []
    : managers.map((m) => ({
        membershipId: m.membershipId,
        displayName: m.displayName,
        ...(m.platformUserId ? { platformUserId: m.platformUserId } : {}),
      }));
  return {
    session: null,
    effects: [{ type: "requestJoin", communeId: snapshot.communeId, approved: open }, reply(text, { mentions })],
  };
}

/** /duyet @Tên: the chair or secretary approves a pending member. */
export function approveMember(snapshot: CommuneSnapshot, manager: MemberInfo | null, mention: string): DialogOutcome {
  if (!canManage(manager)) return say(null, "Chỉ trưởng ban hoặc thư ký BCĐ mới duyệt được thành viên.");
  const pending = snapshot.members.filter((m) => m.status === "pending");
  const found = findByName(pending, mention);
  if (found.length !== 1) {
    const waiting = pending.map((m) => m.displayName).join(", ");
    return say(
      null,
      waiting
        ? `Chưa xác định được người cần duyệt. Đang chờ duyệt: ${waiting}. Gõ /duyet @Tên.`
        : "Không có đề nghị tham gia nào đang chờ duyệt.",
    );
  }
  const member = found[0]!;
  return {
    session: null,
    effects: [
      { type: "approveMember", membershipId: member.membershipId, role: "member" },
      reply(`✅ Đã duyệt ${member.displayName} làm thành viên BCĐ ${snapshot.communeName}.`),
    ],
  };
}

/** /phancong 3.2 3.4 @Tên: the chair or secretary makes a member responsible for indicators. */
export function assignIndicators(
  snapshot: CommuneSnapshot,
  manager: MemberInfo | null,
  codes: string[],
  mention: string,
): DialogOutcome {
  if (!canManage(manager)) return say(null, "Chỉ trưởng ban hoặc thư ký BCĐ mới phân công được chỉ tiêu.");
  const unknown = codes.filter((code) => !indicatorByCode(snapshot, code));
  if (codes.length === 0 || unknown.length) {
    return say(
      null,
      unknown.length
        ? `Không có chỉ tiêu ${unknown.join(", ")} trong ${snapshot.catalog.title}.`
        : "Gõ /phancong kèm mã chỉ tiêu và người phụ trách, ví dụ: /phancong 3.2 3.4 @Lan",
    );
  }
  const found = findByName(
    snapshot.members.filter((m) => m.status === "approved"),
    mention,
  );
  if (found.length !== 1)
    return say(
      null,
      `Chưa xác định được thành viên "${mention}". Gõ /phancong ${codes.join(" ")} @Tên (tên như trong danh sách BCĐ).`,
    );
  const member = found[0]!;
  return {
    session: null,
    effects: [
      { type: "assign", codes, membershipId: member.membershipId },
      reply(`✅ Đã phân công ${member.displayName} phụ trách chỉ tiêu ${codes.join(", ")}.`),
    ],
  };
}

function findByName(members: MemberInfo[], mention: string): MemberInfo[] {
  const wanted = foldVietnamese(mention.replace(/^@/, ""));
  if (!wanted) return [];
  const exact = members.filter(
    (m) => foldVietnamese(m.displayName) === wanted || m.platformUserId === mention.replace(/^@/, ""),
  );
  return exact.length ? exact : members.filter((m) => foldVietnamese(m.displayName).includes(wanted));
}
