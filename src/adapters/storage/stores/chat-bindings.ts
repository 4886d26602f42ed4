import { storableText } from "../../../core/text/typed-text.js";
import type { DbClient, Prisma } from "../prisma-types.js";
import { writeAudit } from "./audit-log.js";

/** A chat (group or private) bound to a commune and its current plan. */
export type ChatBinding = Prisma.ChatBindingModel;

/** A chat to bind, as the installer or the bot's join flow names it. */
export interface ChatToBind {
  platform: string;
  chatId: string;
  communeId: string;
  planId: string | null;
  isGroup: boolean;
  /** Kept as it was when not given. */
  title?: string | undefined;
  /** Who bound it: a person id, or "cli" for the admin command. */
  boundBy?: string | undefined;
  /** Move a chat bound to another commune; without it such a chat is left alone. */
  rebind?: boolean | undefined;
  at: Date;
}

/** What `bindChat` did; `bound-elsewhere` (`ok: false`) has written nothing. */
export type BindChatResult =
  | {
      ok: true;
      status: "created" | "updated" | "reactivated" | "rebound" | "unchanged";
      binding: ChatBinding;
      previousCommune?: CommuneRef | undefined;
    }
  | { ok: false; status: "bound-elsewhere"; binding: ChatBinding; boundTo: CommuneRef };

/** The commune a chat was bound to, for the message that names it. */
export interface CommuneRef {
  id: string;
  slug: string;
  name: string;
}

/**
 * Binds a chat to a commune (upsert by platform and chat id). Binding it again to the
 * same commune updates the plan, title and group flag and reactivates a binding the bot
 * had stopped using; an identical active binding writes nothing. A chat bound to another
 * commune moves only with `rebind: true` — otherwise the answer is `bound-elsewhere`,
 * naming that commune, and nothing is written. Every change is audited under the commune
 * (a move also under the commune the chat left).
 */
export async function bindChat(db: DbClient, input: ChatToBind): Promise<BindChatResult> {
  const key = { platform: input.platform, chatId: input.chatId };
  const existing = await db.chatBinding.findUnique({ where: { platform_chatId: key } });
  const audit = { entity: "ChatBinding", platform: input.platform, chatId: input.chatId, at: input.at };

  if (!existing) {
    const binding = await db.chatBinding.create({
      data: {
        ...key,
        communeId: input.communeId,
        planId: input.planId,
        isGroup: input.isGroup,
        title: storedTitle(input.title),
        boundBy: input.boundBy,
        createdAt: input.at,
        updatedAt: input.at,
      },
    });
    await writeAudit(db, {
      ...audit,
      communeId: input.communeId,
      action: "chat.bind",
      entityId: binding.id,
      after: bindingFacts(binding),
    });
    return { ok: true, status: "created", binding };
  }

  const moving = existing.communeId !== input.communeId;
  const previousCommune = moving ? await communeRef(db, existing.communeId) : undefined;
  if (previousCommune && !input.rebind)
    return { ok: false, status: "bound-elsewhere", binding: existing, boundTo: previousCommune };

  const next = {
    communeId: input.communeId,
    planId: input.planId,
    isGroup: input.isGroup,
    title: storedTitle(input.title) ?? existing.title,
    active: true,
  };
  const changed = (Object.keys(next) as (keyof typeof next)[]).some((field) => next[field] !== existing[field]);
  if (!changed) return { ok: true, status: "unchanged", binding: existing };

  const binding = await db.chatBinding.update({
    where: { id: existing.id },
    data: { ...next, boundBy: input.boundBy ?? existing.boundBy, updatedAt: input.at },
  });
  const status = moving ? "rebound" : existing.active ? "updated" : "reactivated";
  const change = { entityId: binding.id, before: bindingFacts(existing), after: bindingFacts(binding) };
  if (previousCommune)
    await writeAudit(db, { ...audit, ...change, communeId: previousCommune.id, action: "chat.unbind" });
  await writeAudit(db, {
    ...audit,
    ...change,
    communeId: input.communeId,
    action: `chat.${status === "rebound" ? "rebind" : status === "updated" ? "update" : "reactivate"}`,
  });
  return { ok: true, status, binding, previousCommune };
}

function bindingFacts(binding: ChatBinding): Prisma.InputJsonObject {
  return {
    communeId: binding.communeId,
    planId: binding.planId,
    isGroup: binding.isGroup,
    title: binding.title,
    active: binding.active,
    boundBy: binding.boundBy,
  };
}

async function communeRef(db: DbClient, id: string): Promise<CommuneRef> {
  return db.commune.findUniqueOrThrow({ where: { id }, select: { id: true, slug: true, name: true } });
}

/** Where the bot answers a chat from: the commune it is bound to and the plan it works on. */
export interface ActiveBinding {
  communeId: string;
  planId: string;
}

/**
 * The commune and plan a chat is served under, or null when the bot does not serve it:
 * the chat is not bound, its binding was marked inactive (bot removed or blocked), or it
 * is bound to a commune that has no plan yet.
 */
export async function findActiveBinding(
  db: DbClient,
  chat: { platform: string; chatId: string },
): Promise<ActiveBinding | null> {
  const binding = await db.chatBinding.findUnique({
    where: { platform_chatId: { platform: chat.platform, chatId: chat.chatId } },
    select: { active: true, communeId: true, planId: true },
  });
  return binding?.active && binding.planId ? { communeId: binding.communeId, planId: binding.planId } : null;
}

/**
 * The commune an unbound chat still belongs to, if any: the commune of its own inactive
 * binding (the bot was removed, then added back), or, for a Telegram forum topic
 * ("-100…:42"), the commune its group is bound to. /batdau may bring such a chat back to
 * that commune only; moving it elsewhere is `xaso bind --rebind`, on the server.
 */
export async function findChatReservation(
  db: DbClient,
  chat: { platform: string; chatId: string },
): Promise<{ communeId: string; communeName: string } | null> {
  const topic = chat.platform === "telegram" ? /^(-?\d+):\d+$/.exec(chat.chatId) : null;
  const chatIds = topic?.[1] ? [chat.chatId, topic[1]] : [chat.chatId];
  const bindings = await db.chatBinding.findMany({
    where: { platform: chat.platform, chatId: { in: chatIds } },
    select: { chatId: true, active: true, commune: { select: { id: true, name: true } } },
  });
  const own = bindings.find((b) => b.chatId === chat.chatId);
  const group = bindings.find((b) => b.chatId !== chat.chatId && b.active);
  const reserved = own ?? group;
  return reserved ? { communeId: reserved.commune.id, communeName: reserved.commune.name } : null;
}

/**
 * Marks a chat's binding inactive because the bot can no longer post there (removed from
 * the group, blocked by the user). Nothing is sent to it until someone binds it again.
 * Returns false when the chat was not bound or already inactive.
 */
export async function deactivateChat(
  db: DbClient,
  input: { platform: string; chatId: string; reason: string; at: Date },
): Promise<boolean> {
  const existing = await db.chatBinding.findUnique({
    where: { platform_chatId: { platform: input.platform, chatId: input.chatId } },
  });
  if (!existing?.active) return false;
  const binding = await db.chatBinding.update({
    where: { id: existing.id },
    data: { active: false, updatedAt: input.at },
  });
  await writeAudit(db, {
    entity: "ChatBinding",
    entityId: binding.id,
    communeId: binding.communeId,
    platform: input.platform,
    chatId: input.chatId,
    action: "chat.deactivate",
    before: { active: true },
    after: { active: false, reason: input.reason },
    at: input.at,
  });
  return true;
}

/** A chat title as stored: no control characters; an empty title is no title. */
function storedTitle(title: string | undefined): string | undefined {
  return title === undefined ? undefined : storableText(title) || undefined;
}
