import type { DbClient } from "../prisma-types.js";

/**
 * Notes the private chat where an account wrote to the bot, so nudges about the person's
 * own figures can go there instead of the group. Writes only when the chat is new for the
 * account (one conditional update that matches nothing otherwise).
 */
export async function notePrivateChat(
  db: DbClient,
  input: { platform: string; externalId: string; chatId: string },
): Promise<void> {
  await db.platformIdentity.updateMany({
    where: {
      platform: input.platform,
      externalId: input.externalId,
      OR: [{ privateChatId: null }, { privateChatId: { not: input.chatId } }],
    },
    data: { privateChatId: input.chatId },
  });
}

/** A member's private chat with the bot, bound to their commune: where their own nudges go. */
export interface PrivateChat {
  chatId: string;
  planId: string;
}

/**
 * The private chat on `platform` where the member has written to the bot, when it is an
 * active private chat bound to the member's commune with a plan; null otherwise (the nudge
 * then goes to the group, by mention).
 */
export async function findPrivateChat(
  db: DbClient,
  input: { communeId: string; membershipId: string; platform: string },
): Promise<PrivateChat | null> {
  const membership = await db.membership.findUnique({
    where: { id: input.membershipId },
    select: {
      communeId: true,
      person: { select: { identities: { where: { platform: input.platform }, select: { privateChatId: true } } } },
    },
  });
  if (!membership || membership.communeId !== input.communeId) return null;
  for (const identity of membership.person.identities) {
    if (!identity.privateChatId) continue;
    const binding = await db.chatBinding.findUnique({
      where: { platform_chatId: { platform: input.platform, chatId: identity.privateChatId } },
      select: { communeId: true, planId: true, active: true, isGroup: true },
    });
    if (binding?.active && !binding.isGroup && binding.communeId === input.communeId && binding.planId)
      return { chatId: identity.privateChatId, planId: binding.planId };
  }
  return null;
}
