import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedCaseReference } from "@/db/seed/cases/reference";
import { auditLog, cases, emailOutbox, forumFollows, forumMembers, forumVotes, forumPostRevisions, forumPosts, forumThreads, kbArticleTranslations, users } from "@/db/schema";
import type { JobQueue } from "@/server/jobs/queue";
import en from "@/server/i18n/messages/en.json";
import fr from "@/server/i18n/messages/fr.json";
import { createCustomerUser, createStaffUser, type ArrangedCustomer, type ArrangedStaff } from "@/tests/support/arrange";
import { setupTestDatabase } from "@/tests/support/db";
import { arrangeKbWorld } from "@/tests/support/kb";
import { attempt, contextFor, lazyQueue } from "@/tests/support/trpc";
import { forumCategories, forumCategoryTranslations } from "@/db/schema";
import {
  ACCEPTED_POINTS,
  UPVOTE_POINTS,
  acceptAnswer,
  createThread,
  editPost,
  escalateThread,
  flagPost,
  getMember,
  getThread,
  listFlagQueue,
  listThreads,
  listUnansweredThreads,
  mergeThreads,
  promoteThread,
  readUnsubscribeToken,
  renameThread,
  replyToThread,
  resolveFlag,
  searchThreads,
  setThreadLocked,
  unsubscribe,
  unsubscribeToken,
  unvotePost,
  votePost,
} from "./index";
import { MAX_MENTIONS_PER_POST, mentionHandle } from "./mentions";

const { db, url } = await setupTestDatabase();
const boss = lazyQueue(url);
afterAll(() => boss.stop());

/** Records what would be queued: the outbox rows themselves are real and checked in the database. */
const sent: { name: string; payload: unknown }[] = [];
const queue: JobQueue = { send: async (name, payload) => void sent.push({ name, payload }) };

let asker: ArrangedCustomer;
let helper: ArrangedCustomer;
let newcomer: ArrangedCustomer;
let agent: ArrangedStaff;
let categoryId: string;
let kbCategoryId: string;

const DAY = 24 * 60 * 60 * 1000;
const old = new Date(Date.now() - 30 * DAY);

beforeAll(async () => {
  await seedCaseReference(db);
  asker = await createCustomerUser(db, { name: "Alice Asker" });
  helper = await createCustomerUser(db, { name: "Bruno Helper" });
  newcomer = await createCustomerUser(db, { name: "Nina Newcomer" });
  agent = await createStaffUser(db, { role: "agent", name: "Agathe Support" });
  // Established accounts (the link rule looks at the account's age).
  await db.update(users).set({ createdAt: old }).where(sql`${users.id} in (${asker.userId}, ${helper.userId})`);
  const [category] = await db.insert(forumCategories).values({ slug: "phones", family: "phones", position: 1 }).returning({ id: forumCategories.id });
  categoryId = category!.id;
  await db.insert(forumCategoryTranslations).values([
    { categoryId, locale: "en", name: "Phones" },
    { categoryId, locale: "fr", name: "Téléphones" },
  ]);
  kbCategoryId = (await arrangeKbWorld(db, agent.actor, { saveTargets: 0 })).categoryId;
});

const ask = (title: string, bodyMd = "My Nexa 15 stopped charging overnight. I tried two cables.", locale: "en" | "fr" = "en") =>
  createThread(db, asker.actor, { categoryId, locale, title, bodyMd }, { skipLimits: true });

const ctx = (actor: ArrangedCustomer | ArrangedStaff | null, locale: "en" | "fr" = "en") => contextFor(db, actor?.actor ?? null, { locale, getQueue: boss.getQueue });

async function threadRow(id: string) {
  const [row] = await db.select().from(forumThreads).where(eq(forumThreads.id, id));
  return row!;
}

describe("asking, answering, accepting", () => {
  it("lets the asker accept another member's answer, which earns reputation and marks the thread solved", async () => {
    const { threadId } = await ask("Nexa 15 does not charge anymore");
    const before = await getMember(db, null, { userId: helper.userId });
    const answer = await replyToThread(db, queue, helper.actor, { threadId, bodyMd: "Clean the USB-C port with a wooden toothpick.", isOfficial: false });
    let listed = await listThreads(db, null, { locale: "en", tab: "unanswered", page: 1 });
    expect(listed.items.map((t) => t.id)).not.toContain(threadId);

    await acceptAnswer(db, asker.actor, { postId: answer.postId });
    const after = await getMember(db, null, { userId: helper.userId });
    expect(after.reputation - before.reputation).toBe(ACCEPTED_POINTS);
    expect(after.acceptedCount).toBe(before.acceptedCount + 1);
    listed = await listThreads(db, null, { locale: "en", tab: "solved", page: 1 });
    expect(listed.items.find((t) => t.id === threadId)).toMatchObject({ isSolved: true, replyCount: 1 });

    const view = await getThread(db, null, { threadId });
    if (view.kind !== "thread") throw new Error("expected a thread");
    expect(view.accepted.map((p) => p.id)).toEqual([answer.postId]);
    expect(view.replies.map((p) => p.id)).not.toContain(answer.postId);
  });

  it("moves the points when the asker picks another answer", async () => {
    const { threadId } = await ask("Which charger for the Nexa 15 Pro?");
    const first = await replyToThread(db, queue, helper.actor, { threadId, bodyMd: "The 65 W Voltix one.", isOfficial: false });
    const other = await createCustomerUser(db);
    const second = await replyToThread(db, queue, other.actor, { threadId, bodyMd: "Any USB-C PD charger of 25 W or more.", isOfficial: false });
    await acceptAnswer(db, asker.actor, { postId: first.postId });
    const helperBefore = (await getMember(db, null, { userId: helper.userId })).reputation;
    await acceptAnswer(db, asker.actor, { postId: second.postId });
    expect((await getMember(db, null, { userId: helper.userId })).reputation).toBe(helperBefore - ACCEPTED_POINTS);
    expect((await getMember(db, null, { userId: other.userId })).reputation).toBe(ACCEPTED_POINTS);
    expect((await threadRow(threadId)).acceptedPostId).toBe(second.postId);
  });

  it("shows an agent's official answer first after the question, and counts it as an answer", async () => {
    const { threadId } = await ask("Screen flickers after update");
    await replyToThread(db, queue, helper.actor, { threadId, bodyMd: "Same here.", isOfficial: false });
    const official = await replyToThread(db, queue, agent.actor, { threadId, bodyMd: "Update 15.2.1 fixes it: Settings > System > Update.", isOfficial: true });
    const view = await getThread(db, null, { threadId });
    if (view.kind !== "thread") throw new Error("expected a thread");
    expect(view.official.map((p) => p.id)).toEqual([official.postId]);
    expect((await threadRow(threadId)).hasOfficialAnswer).toBe(true);
    const audits = await db.select().from(auditLog).where(and(eq(auditLog.entityId, official.postId), eq(auditLog.action, "forum.official_answer")));
    expect(audits).toHaveLength(1);
  });

  it("keeps the previous text when a post is edited", async () => {
    const { threadId, postId } = await ask("Battery drains fast at night");
    await editPost(db, asker.actor, { postId, bodyMd: "Battery drains 30% overnight, even in airplane mode." });
    const revisions = await db.select().from(forumPostRevisions).where(eq(forumPostRevisions.postId, postId));
    expect(revisions.map((r) => r.bodyMd)).toEqual(["My Nexa 15 stopped charging overnight. I tried two cables."]);
    const view = await getThread(db, null, { threadId });
    if (view.kind !== "thread") throw new Error("expected a thread");
    expect(view.question.bodyHtml).toContain("airplane mode");
    expect(view.question.editedAt).not.toBeNull();
  });
});

describe("one sanitizer", () => {
  it("stores only safe HTML, once, and keeps titles as plain text", async () => {
    const title = `<img src=x onerror=alert(1)> Charging issue`;
    const { threadId, postId } = await ask(title, `Hello <script>alert(1)</script> [click](javascript:alert(1)) <a href="x" onclick="alert(1)">x</a> ![i](data:image/svg+xml;base64,PHN2Zz4=)`);
    const [post] = await db.select().from(forumPosts).where(eq(forumPosts.id, postId));
    expect(post!.bodyHtml).not.toMatch(/<script|onerror|onclick|javascript:|data:/i);
    expect((await threadRow(threadId)).title).toBe(title);
  });
});

describe("refusals through the router", () => {
  it("does not let a member edit another member's post, mark a reply official or moderate", async () => {
    const { threadId, postId } = await ask("Koru Watch does not pair");
    const edit = await attempt(ctx(helper), "forum.edit", { postId, bodyMd: "Hijacked" });
    expect(edit.ok ? "ok" : edit.error.code).toBe("NOT_FOUND");
    const official = await attempt(ctx(helper), "forum.reply", { threadId, bodyMd: "Trust me, I am support.", isOfficial: true });
    expect(official.ok ? "ok" : official.error.code).toBe("FORBIDDEN");
    if (!official.ok) expect(official.shape.message).toBe(en.errors.forum.officialStaffOnly);
    const lock = await attempt(ctx(helper), "forum.lock", { threadId, isLocked: true });
    expect(lock.ok ? "ok" : lock.error.code).toBe("FORBIDDEN");
    const hide = await attempt(ctx(helper), "forum.setHidden", { postId, isHidden: true });
    expect(hide.ok ? "ok" : hide.error.code).toBe("FORBIDDEN");
    const [post] = await db.select().from(forumPosts).where(eq(forumPosts.id, postId));
    expect(post!.bodyMd).not.toBe("Hijacked");
    expect(post!.isHidden).toBe(false);
    const thread = await threadRow(threadId);
    expect(thread.isLocked).toBe(false);
    expect(thread.replyCount).toBe(0);
  });

  it("refuses bad input with a translated message and changes nothing", async () => {
    const { threadId, postId } = await ask("Aerobook fan is loud");
    const empty = await attempt(ctx(helper, "fr"), "forum.reply", { threadId, bodyMd: "   " });
    expect(empty.ok ? "ok" : empty.shape.data.fieldErrors).toEqual({ bodyMd: [fr.errors.forum.bodyRequired] });
    const huge = await attempt(ctx(helper), "forum.reply", { threadId, bodyMd: "x".repeat(20_001) });
    expect(huge.ok ? "ok" : huge.shape.data.fieldErrors).toEqual({ bodyMd: [en.errors.forum.bodyTooLong] });
    const onlyHtml = await attempt(ctx(helper), "forum.reply", { threadId, bodyMd: "<script>alert(1)</script>" });
    expect(onlyHtml.ok ? "ok" : onlyHtml.shape.message).toBe(en.errors.forum.bodyEmpty);
    const shortTitle = await attempt(ctx(asker), "forum.create", { categoryId, locale: "en", title: "Help", bodyMd: "Body" });
    expect(shortTitle.ok ? "ok" : shortTitle.shape.data.fieldErrors).toEqual({ title: [en.errors.forum.titleTooShort] });

    const answer = await replyToThread(db, queue, helper.actor, { threadId, bodyMd: "Update the BIOS.", isOfficial: false });
    const vote = await attempt(ctx(asker), "forum.vote", { postId: answer.postId });
    expect(vote.ok).toBe(true);
    const twice = await attempt(ctx(asker), "forum.vote", { postId: answer.postId });
    expect(twice.ok ? "ok" : [twice.error.code, twice.shape.message]).toEqual(["CONFLICT", en.errors.forum.alreadyVoted]);
    const own = await attempt(ctx(helper), "forum.vote", { postId: answer.postId });
    expect(own.ok ? "ok" : own.shape.message).toBe(en.errors.forum.cannotVoteOwn);
    const [voted] = await db.select().from(forumPosts).where(eq(forumPosts.id, answer.postId));
    expect(voted!.voteCount).toBe(1);
    expect((await getMember(db, null, { userId: helper.userId })).reputation).toBeGreaterThanOrEqual(UPVOTE_POINTS);

    const notOwner = await attempt(ctx(helper), "forum.accept", { postId: answer.postId });
    expect(notOwner.ok ? "ok" : notOwner.error.code).toBe("NOT_FOUND");
    expect((await threadRow(threadId)).acceptedPostId).toBeNull();

    await setThreadLocked(db, agent.actor, { threadId, isLocked: true });
    const locked = await attempt(ctx(helper, "fr"), "forum.reply", { threadId, bodyMd: "Still loud?" });
    expect(locked.ok ? "ok" : [locked.error.code, locked.shape.message]).toEqual(["CONFLICT", fr.errors.forum.locked]);
    const lockedEdit = await attempt(ctx(asker), "forum.edit", { postId, bodyMd: "Edited while locked" });
    expect(lockedEdit.ok ? "ok" : lockedEdit.error.code).toBe("CONFLICT");
    expect((await threadRow(threadId)).replyCount).toBe(1);
  });

  it("keeps new accounts from posting links until they are established", async () => {
    const { threadId } = await ask("Best case for the Nexa 15?");
    const link = await attempt(ctx(newcomer), "forum.reply", { threadId, bodyMd: "Buy it at [cheap-cases](https://spam.example)" });
    expect(link.ok ? "ok" : [link.error.code, link.shape.message]).toEqual(["BAD_REQUEST", en.errors.forum.linksNotAllowed]);
    const plain = await attempt(ctx(newcomer), "forum.reply", { threadId, bodyMd: "The silicone one is fine." });
    expect(plain.ok).toBe(true);
    const established = await attempt(ctx(helper), "forum.reply", { threadId, bodyMd: "See [the guide](https://ohmnia.example/guide)" });
    expect(established.ok).toBe(true);
  });

  it("rate-limits a member who posts too fast", async () => {
    const spammer = await createCustomerUser(db);
    const { threadId } = await ask("Rate limit thread");
    let refused: unknown = null;
    for (let i = 0; i < 70 && !refused; i++) {
      const outcome = await attempt(ctx(spammer), "forum.reply", { threadId, bodyMd: `Message ${i}` });
      if (!outcome.ok) refused = [outcome.error.code, outcome.shape.message];
    }
    expect(refused).toEqual(["TOO_MANY_REQUESTS", en.errors.forum.rateLimited]);
  });
});

describe("notifications", () => {
  it("emails each follower once per reply, with a signed unsubscribe link that works only unaltered", async () => {
    const { threadId } = await ask("Sonora Buds: one earbud silent");
    const answer = await replyToThread(db, queue, helper.actor, { threadId, bodyMd: "Reset them: hold both for 15 s.", isOfficial: false });
    const rows = await db.select().from(emailOutbox).where(eq(emailOutbox.idempotencyKey, `forum-reply/${answer.postId}/${asker.userId}`));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ to: asker.email, template: "forum-reply" });
    const props = rows[0]!.props as { unsubscribeUrl: string; url: string };
    expect(props.url).toContain(`/en/community/t/${threadId}`);
    // The author of the reply is not emailed about their own post.
    expect(await db.select().from(emailOutbox).where(eq(emailOutbox.idempotencyKey, `forum-reply/${answer.postId}/${helper.userId}`))).toHaveLength(0);

    const token = new URL(props.unsubscribeUrl).searchParams.get("token")!;
    expect(readUnsubscribeToken(token)).toEqual({ threadId, userId: asker.userId });
    const forged = unsubscribeToken(threadId, asker.userId).slice(0, -2) + "xx";
    await expect(unsubscribe(db, { token: forged })).rejects.toMatchObject({ code: "forum.unsubscribeInvalid" });
    const otherUser = `${threadId}.${helper.userId}.${token.split(".")[2]}`;
    await expect(unsubscribe(db, { token: otherUser })).rejects.toMatchObject({ code: "forum.unsubscribeInvalid" });
    await unsubscribe(db, { token });
    const follows = await db.select().from(forumFollows).where(and(eq(forumFollows.threadId, threadId), eq(forumFollows.userId, asker.userId)));
    expect(follows).toHaveLength(0);
  });
});

describe("moderation", () => {
  it("takes a flag to the queue; upholding hides the post, recounts the thread and is audited", async () => {
    const { threadId } = await ask("Domia camera offline");
    const spam = await replyToThread(db, queue, helper.actor, { threadId, bodyMd: "Buy followers now", isOfficial: false });
    const flag = await flagPost(db, asker.actor, { postId: spam.postId, reason: "spam", note: "" });
    await expect(flagPost(db, asker.actor, { postId: spam.postId, reason: "spam", note: "" })).rejects.toMatchObject({ code: "forum.alreadyFlagged" });
    expect((await listFlagQueue(db, agent.actor, { limit: 50 })).map((f) => f.id)).toContain(flag.flagId);
    await resolveFlag(db, agent.actor, { flagId: flag.flagId, decision: "uphold" });
    expect((await listFlagQueue(db, agent.actor, { limit: 50 })).map((f) => f.id)).not.toContain(flag.flagId);
    const thread = await threadRow(threadId);
    expect(thread).toMatchObject({ replyCount: 0, answerCount: 0 });
    const publicView = await getThread(db, null, { threadId });
    if (publicView.kind !== "thread") throw new Error("expected a thread");
    expect(publicView.replies).toHaveLength(0);
    const staffView = await getThread(db, agent.actor, { threadId });
    if (staffView.kind !== "thread") throw new Error("expected a thread");
    expect(staffView.replies.map((p) => [p.id, p.isHidden])).toEqual([[spam.postId, true]]);
    expect(await db.select().from(auditLog).where(and(eq(auditLog.entityId, spam.postId), eq(auditLog.action, "forum.flag_upheld")))).toHaveLength(1);
  });

  it("merges a duplicate into the original, renames with history, and lists old unanswered threads", async () => {
    const original = await ask("Lumio TV has no sound over HDMI ARC");
    const duplicate = await ask("No sound from my Lumio through ARC");
    await replyToThread(db, queue, helper.actor, { threadId: duplicate.threadId, bodyMd: "Enable CEC in the TV settings.", isOfficial: false });
    expect((await listUnansweredThreads(db, agent.actor, { olderThanHours: 0, limit: 100 }, new Date(Date.now() + 1000))).map((t) => t.id)).toContain(original.threadId);
    await mergeThreads(db, agent.actor, { sourceThreadId: duplicate.threadId, targetThreadId: original.threadId });
    const merged = await getThread(db, null, { threadId: duplicate.threadId });
    expect(merged).toEqual({ kind: "merged", mergedIntoId: original.threadId });
    const target = await threadRow(original.threadId);
    expect(target).toMatchObject({ replyCount: 2, answerCount: 1 });
    expect((await listUnansweredThreads(db, agent.actor, { olderThanHours: 0, limit: 100 }, new Date(Date.now() + 1000))).map((t) => t.id)).not.toContain(original.threadId);
    await renameThread(db, agent.actor, { threadId: original.threadId, title: "Lumio TV: no sound over HDMI ARC" });
    const revisions = await db.select().from(forumPostRevisions).where(eq(forumPostRevisions.postId, original.postId));
    expect(revisions.map((r) => r.title)).toEqual(["Lumio TV has no sound over HDMI ARC"]);
  });
});

describe("bridges", () => {
  it("escalates a thread to one case for its author and shows the public only that support took over", async () => {
    const { threadId } = await ask("Order arrived with a cracked screen");
    const first = await escalateThread(db, queue, agent.actor, { threadId, category: "technical" });
    const again = await escalateThread(db, queue, agent.actor, { threadId, category: "technical" });
    expect(again.caseNumber).toBe(first.caseNumber);
    const [created] = await db.select().from(cases).where(eq(cases.number, first.caseNumber));
    expect(created).toMatchObject({ customerId: asker.customerId, channel: "forum" });
    const asCustomer = await getThread(db, helper.actor, { threadId });
    if (asCustomer.kind !== "thread") throw new Error("expected a thread");
    expect(asCustomer.thread).toMatchObject({ isEscalated: true, caseNumber: null });
    const asAgent = await getThread(db, agent.actor, { threadId });
    if (asAgent.kind !== "thread") throw new Error("expected a thread");
    expect(asAgent.thread.caseNumber).toBe(first.caseNumber);
  });

  it("promotes a solved thread to a knowledge-base draft, and refuses an unsolved one", async () => {
    const unsolved = await ask("How do I reset the Domia hub?");
    await expect(promoteThread(db, agent.actor, { threadId: unsolved.threadId, kbCategoryId })).rejects.toMatchObject({ code: "forum.notSolved" });
    const answer = await replyToThread(db, queue, helper.actor, { threadId: unsolved.threadId, bodyMd: "Hold the button for **10 seconds** until the light blinks.", isOfficial: false });
    await acceptAnswer(db, asker.actor, { postId: answer.postId });
    const { articleId } = await promoteThread(db, agent.actor, { threadId: unsolved.threadId, kbCategoryId });
    const [translation] = await db.select().from(kbArticleTranslations).where(eq(kbArticleTranslations.articleId, articleId));
    expect(translation).toMatchObject({ status: "draft", title: "How do I reset the Domia hub?", locale: "en" });
    expect(translation!.bodyMd).toContain("10 seconds");
    await expect(promoteThread(db, agent.actor, { threadId: unsolved.threadId, kbCategoryId })).rejects.toMatchObject({ code: "forum.alreadyPromoted" });
  });
});

describe("search", () => {
  it("finds threads by stem without accents, favours solved ones, and falls back to title similarity for typos", async () => {
    const { threadId } = await ask("Écran noir après la mise à jour", "Mon téléphone affiche un écran noir au démarrage.", "fr");
    const stem = await searchThreads(db, { query: "ecrans noirs", locale: "fr", limit: 5 });
    expect(stem.map((h) => h.id)).toContain(threadId);
    expect(stem[0]!.url).toBe(`/fr/community/t/${threadId}`);
    const typo = await searchThreads(db, { query: "ecrann", locale: "fr", limit: 5 });
    expect(typo.map((h) => h.id)).toContain(threadId);
    const otherLanguage = await searchThreads(db, { query: "ecran noir", locale: "en", limit: 5 });
    expect(otherLanguage.map((h) => h.id)).not.toContain(threadId);
    expect(await searchThreads(db, { query: "&|!()", locale: "fr", limit: 5 })).toEqual([]);
  });
});

describe("upvotes", () => {
  it("toggles: a second vote is refused and counts once, removing takes the vote and its points back once", async () => {
    const { threadId } = await ask("Voltix charger gets hot");
    const answer = await replyToThread(db, queue, helper.actor, { threadId, bodyMd: "Normal up to 45 °C.", isOfficial: false });
    const reputation = async () => (await getMember(db, null, { userId: helper.userId })).reputation;
    const voteCount = async () => (await db.select().from(forumPosts).where(eq(forumPosts.id, answer.postId)))[0]!.voteCount;
    const start = await reputation();

    await votePost(db, asker.actor, { postId: answer.postId }, { skipLimits: true });
    await expect(votePost(db, asker.actor, { postId: answer.postId }, { skipLimits: true })).rejects.toMatchObject({ code: "forum.alreadyVoted" });
    expect(await voteCount()).toBe(1);
    expect(await reputation()).toBe(start + UPVOTE_POINTS);

    expect(await unvotePost(db, asker.actor, { postId: answer.postId }, { skipLimits: true })).toMatchObject({ removed: true });
    // Removing again changes nothing (no negative count, no second point loss).
    expect(await unvotePost(db, asker.actor, { postId: answer.postId }, { skipLimits: true })).toMatchObject({ removed: false });
    expect(await voteCount()).toBe(0);
    expect(await reputation()).toBe(start);
    const view = await getThread(db, asker.actor, { threadId });
    if (view.kind !== "thread") throw new Error("expected a thread");
    expect(view.replies.find((p) => p.id === answer.postId)).toMatchObject({ hasVoted: false, canVote: true, voteCount: 0 });

    // And it can be given again, still once.
    await votePost(db, asker.actor, { postId: answer.postId }, { skipLimits: true });
    expect(await voteCount()).toBe(1);
    expect(await db.select().from(forumVotes).where(eq(forumVotes.postId, answer.postId))).toHaveLength(1);
  });

  it("refuses through the router: anonymous callers, and hidden or missing posts", async () => {
    const { threadId } = await ask("Nexa 15 case recommendation");
    const answer = await replyToThread(db, queue, helper.actor, { threadId, bodyMd: "The Ohmnia clear case.", isOfficial: false });
    const anonymous = await attempt(ctx(null), "forum.unvote", { postId: answer.postId });
    expect(anonymous.ok ? "ok" : anonymous.error.code).toBe("UNAUTHORIZED");
    const missing = await attempt(ctx(asker), "forum.unvote", { postId: "00000000-0000-4000-8000-000000000000" });
    expect(missing.ok ? "ok" : missing.error.code).toBe("NOT_FOUND");
    const bad = await attempt(ctx(asker), "forum.unvote", { postId: "not-a-uuid" });
    expect(bad.ok ? "ok" : bad.error.code).toBe("BAD_REQUEST");
  });
});

describe("mentions", () => {
  const mentionRows = (postId: string) => db.select().from(emailOutbox).where(sql`${emailOutbox.idempotencyKey} like ${`forum-mention/${postId}/%`}`);

  it("links @handle to the member's profile in the stored HTML and emails them once, not the author, not twice", async () => {
    const target = await createCustomerUser(db, { name: "Zoé Mention-Target" });
    expect(mentionHandle("Zoé Mention-Target")).toBe("zoe-mention-target");
    const { threadId } = await ask("Sonora Buds pairing with two phones");
    const reply = await replyToThread(
      db,
      queue,
      helper.actor,
      { threadId, bodyMd: "@zoe-mention-target had this too, and @bruno-helper (me) as well. `@zoe-mention-target` in code, mail zoe@example.com, [@zoe-mention-target](https://example.com).", isOfficial: false },
    );
    const [post] = await db.select().from(forumPosts).where(eq(forumPosts.id, reply.postId));
    const profile = `/en/community/u/${target.userId}`;
    expect(post!.bodyHtml).toContain(`<a href="${profile}" rel="nofollow noopener noreferrer">@zoe-mention-target</a> had this too`);
    // Only one profile link: not inside code, not inside another link, not from an email address.
    expect(post!.bodyHtml.split(profile)).toHaveLength(2);
    expect(post!.bodyHtml).toContain("<code>@zoe-mention-target</code>");
    expect(post!.bodyHtml).toContain('href="https://example.com"');

    const rows = await mentionRows(reply.postId);
    expect(rows.map((row) => row.idempotencyKey)).toEqual([`forum-mention/${reply.postId}/${target.userId}`]);
    expect(rows[0]).toMatchObject({ to: target.email, template: "forum-mention", props: { authorName: "Bruno Helper", threadTitle: "Sonora Buds pairing with two phones" } });
    expect((rows[0]!.props as { url: string }).url).toContain(`/en/community/t/${threadId}#post-${reply.postId}`);

    // Editing the post keeps one email per person and post.
    await editPost(db, helper.actor, { postId: reply.postId, bodyMd: "@zoe-mention-target had this too (edited)." }, { queue });
    expect(await mentionRows(reply.postId)).toHaveLength(1);
  });

  it("renders mentions of unknown or ambiguous handles as plain text, and keeps the sanitizer in charge", async () => {
    await createCustomerUser(db, { name: "Twin Name" });
    await createCustomerUser(db, { name: "Twin  Name!" });
    const { threadId, postId } = await ask("Mentions of people who are not there", '@twin-name and @nobody-here-at-all <img src=x onerror="alert(1)"> [x](javascript:alert(1))');
    const [post] = await db.select().from(forumPosts).where(eq(forumPosts.id, postId));
    expect(post!.bodyHtml).not.toContain("/community/u/");
    expect(post!.bodyHtml).toContain("@twin-name and @nobody-here-at-all");
    expect(post!.bodyHtml).not.toMatch(/onerror|javascript:/i);
    expect(await mentionRows(postId)).toHaveLength(0);
    expect(threadId).toBeTruthy();
  });

  it("respects the unsubscribe link of a mention email and caps the number of people per post", async () => {
    const target = await createCustomerUser(db, { name: "Quiet Member" });
    const { threadId } = await ask("Who else has a Nexa 15 Pro?");
    const first = await replyToThread(db, queue, helper.actor, { threadId, bodyMd: "Asking @quiet-member", isOfficial: false });
    const [row] = await mentionRows(first.postId);
    const token = new URL((row!.props as { unsubscribeUrl: string }).unsubscribeUrl).searchParams.get("token")!;
    // A thread token cannot be turned into a mention token and back.
    expect(readUnsubscribeToken(token)).toBeNull();
    await expect(unsubscribe(db, { token: token.slice(0, -2) + "xx" })).rejects.toMatchObject({ code: "forum.unsubscribeInvalid" });
    await unsubscribe(db, { token });
    expect((await db.select().from(forumMembers).where(eq(forumMembers.userId, target.userId)))[0]).toMatchObject({ mentionEmails: false });
    const second = await replyToThread(db, queue, helper.actor, { threadId, bodyMd: "Again, @quiet-member?", isOfficial: false });
    expect(await mentionRows(second.postId)).toHaveLength(0);
    // The link itself still works: unsubscribing stops emails, not mentions.
    const [post] = await db.select().from(forumPosts).where(eq(forumPosts.id, second.postId));
    expect(post!.bodyHtml).toContain(`/en/community/u/${target.userId}`);

    const many = await Promise.all(Array.from({ length: MAX_MENTIONS_PER_POST + 2 }, (_, i) => createCustomerUser(db, { name: `Crowd Member ${i + 1}` })));
    const crowd = await replyToThread(db, queue, helper.actor, { threadId, bodyMd: many.map((_, i) => `@crowd-member-${i + 1}`).join(" "), isOfficial: false });
    expect(await mentionRows(crowd.postId)).toHaveLength(MAX_MENTIONS_PER_POST);
    const [crowdPost] = await db.select().from(forumPosts).where(eq(forumPosts.id, crowd.postId));
    expect(crowdPost!.bodyHtml.match(/\/community\/u\//g)).toHaveLength(MAX_MENTIONS_PER_POST);
  });

  it("lets new members mention people even before they may post links", async () => {
    const target = await createCustomerUser(db, { name: "Linked Person" });
    const { threadId } = await ask("Mentions by a newcomer");
    const reply = await replyToThread(db, queue, newcomer.actor, { threadId, bodyMd: "@linked-person knows this.", isOfficial: false }, { skipLimits: true });
    expect(await mentionRows(reply.postId)).toHaveLength(1);
    await expect(replyToThread(db, queue, newcomer.actor, { threadId, bodyMd: "@linked-person see [this](https://spam.example)", isOfficial: false }, { skipLimits: true })).rejects.toMatchObject({
      code: "forum.linksNotAllowed",
    });
    expect(target.userId).toBeTruthy();
  });

  it("does not email people about their own mention", async () => {
    const { threadId } = await ask("Self mention check");
    const reply = await replyToThread(db, queue, helper.actor, { threadId, bodyMd: "I, @bruno-helper, confirm.", isOfficial: false });
    expect(await mentionRows(reply.postId)).toHaveLength(0);
    const [post] = await db.select().from(forumPosts).where(eq(forumPosts.id, reply.postId));
    expect(post!.bodyHtml).toContain(`/en/community/u/${helper.userId}`);
  });
});
