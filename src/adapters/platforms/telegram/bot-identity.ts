/** Who the bot is on Telegram, from getMe: to recognise mentions of it and replies to it. */
export interface BotIdentity {
  id: number;
  username: string;
}
