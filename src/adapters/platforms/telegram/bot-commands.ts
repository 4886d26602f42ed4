import type { Logger } from "../../logging/create-logger.js";
import { type Api, apiSignal, type BotCommand } from "./grammy-deps.js";

/** Commands everyone sees in the "/" menu, in private chats and groups alike. */
const COMMON: BotCommand[] = [
  { command: "capnhat", description: "Cập nhật số liệu một chỉ tiêu" },
  { command: "chuadat", description: "Các chỉ tiêu chưa đạt" },
  { command: "tiendo", description: "Tiến độ chuyển đổi số của xã" },
  { command: "chuacapnhat", description: "Chỉ tiêu chưa có số liệu" },
  { command: "lichhop", description: "Lịch họp và hạn báo cáo" },
  { command: "hoantac", description: "Hoàn tác lần cập nhật gần nhất của mình" },
  { command: "huy", description: "Hủy phần đang nhập dở" },
  { command: "huongdan", description: "Hướng dẫn sử dụng" },
  { command: "thamgia", description: "Đề nghị tham gia Ban chỉ đạo" },
];

/** The menu in private chats. */
export const PRIVATE_COMMANDS: readonly BotCommand[] = [
  ...COMMON,
  { command: "batdau", description: "Gắn cuộc trò chuyện với xã (trưởng ban, thư ký)" },
];

/** The menu in groups: also binding the group, approving members and assigning indicators. */
export const GROUP_COMMANDS: readonly BotCommand[] = [
  ...COMMON,
  { command: "batdau", description: "Gắn nhóm với xã (trưởng ban, thư ký)" },
  { command: "duyet", description: "Duyệt thành viên: /duyet @Tên" },
  { command: "phancong", description: "Giao chỉ tiêu: /phancong 3.2 3.4 @Tên" },
];

/**
 * Publishes the Vietnamese command menus, scoped to private chats and to groups. A
 * failure (an API server that lacks setMyCommands) is logged and start-up goes on: the
 * commands work typed whether or not the menu shows them.
 */
export async function publishCommands(api: Api, logger: Logger, signal?: AbortSignal): Promise<void> {
  const menus = [
    { scope: { type: "all_private_chats" as const }, commands: PRIVATE_COMMANDS },
    { scope: { type: "all_group_chats" as const }, commands: GROUP_COMMANDS },
  ];
  for (const { scope, commands } of menus) {
    try {
      await api.setMyCommands([...commands], { scope }, apiSignal(signal));
    } catch (error) {
      logger.warn({ err: error, scope: scope.type }, "could not set the Telegram command menu");
    }
  }
}
