/**
 * Who made a change and from where, for its audit row. A member acting in a chat gives
 * their person id, platform and chat; the admin command has no person and gives
 * `platform: "cli"`.
 */
export interface AuditActor {
  personId?: string | undefined;
  platform?: string | undefined;
  chatId?: string | undefined;
}
