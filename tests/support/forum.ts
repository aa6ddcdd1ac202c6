import type { Database } from "@/db/client";
import { forumCategories, forumCategoryTranslations } from "@/db/schema";
import type { Actor } from "@/server/accounts";
import { acceptAnswer, createThread, flagPost, replyToThread, unsubscribeToken } from "@/server/forum";
import type { JobQueue } from "@/server/jobs/queue";

export type ForumWorld = {
  categoryId: string;
  categorySlug: string;
  /** A thread asked by customer A, answered by the target member. */
  threadOfA: string;
  /** A's question post and A's own reply in it. */
  questionOfA: string;
  /** A reply by the target member (someone no persona plays): votes and flags land here. */
  replyOfTarget: string;
  targetUserId: string;
  /** One per call: threads of A, each with a reply by the target, for forum.accept. */
  acceptTargets: string[];
  /** One per call: A's own replies, for forum.delete. */
  deleteTargets: string[];
  /** One per call: open flags, for forum.resolveFlag. */
  flagTargets: string[];
  /** One per call: [source, target] threads, for forum.merge. */
  mergeTargets: { sourceThreadId: string; targetThreadId: string }[];
  /** One per call: solved threads, for forum.promote. */
  promoteTargets: string[];
  unsubscribeToken: string;
};

const noQueue: JobQueue = { send: async () => {} };

/** A forum category with threads of customer A and replies of another member. */
export async function arrangeForumWorld(db: Database, people: { customerA: Actor; target: Actor; flaggers: Actor[] }, options: { calls?: number } = {}): Promise<ForumWorld> {
  const calls = options.calls ?? 6;
  const suffix = Math.random().toString(36).slice(2, 8);
  const [category] = await db.insert(forumCategories).values({ slug: `matrix-${suffix}`, family: "phones" }).returning({ id: forumCategories.id });
  await db.insert(forumCategoryTranslations).values([
    { categoryId: category!.id, locale: "en", name: "Phones" },
    { categoryId: category!.id, locale: "fr", name: "Téléphones" },
  ]);
  const ask = (title: string) => createThread(db, people.customerA, { categoryId: category!.id, locale: "fr", title, bodyMd: "Mon téléphone ne charge plus depuis hier." }, { skipLimits: true });
  const reply = (actor: Actor, threadId: string, bodyMd = "Essayez un autre câble.") => replyToThread(db, noQueue, actor, { threadId, bodyMd, isOfficial: false }, { notify: false, skipLimits: true });

  const main = await ask(`Téléphone qui ne charge plus ${suffix}`);
  const targetReply = await reply(people.target, main.threadId);
  const acceptTargets: string[] = [];
  const promoteTargets: string[] = [];
  const mergeTargets: ForumWorld["mergeTargets"] = [];
  for (let i = 0; i < calls; i++) {
    const thread = await ask(`Question à accepter ${i} ${suffix}`);
    acceptTargets.push((await reply(people.target, thread.threadId)).postId);
    const solved = await ask(`Question résolue ${i} ${suffix}`);
    const answer = await reply(people.target, solved.threadId);
    await acceptAnswer(db, people.customerA, { postId: answer.postId });
    promoteTargets.push(solved.threadId);
    const source = await ask(`Doublon ${i} ${suffix}`);
    mergeTargets.push({ sourceThreadId: source.threadId, targetThreadId: main.threadId });
  }
  const deleteTargets: string[] = [];
  for (let i = 0; i < calls; i++) deleteTargets.push((await reply(people.customerA, main.threadId, `Précision ${i}`)).postId);
  const flagTargets: string[] = [];
  // Every persona's call takes one (refused ones too), so there are `calls` flags in all.
  for (let i = 0; i < calls; i++) {
    const flagger = people.flaggers[i % people.flaggers.length]!;
    const post = await reply(people.target, main.threadId, `Message à signaler ${i}`);
    flagTargets.push((await flagPost(db, flagger, { postId: post.postId, reason: "spam", note: "" }, { skipLimits: true })).flagId);
  }
  return {
    categoryId: category!.id,
    categorySlug: `matrix-${suffix}`,
    threadOfA: main.threadId,
    questionOfA: main.postId,
    replyOfTarget: targetReply.postId,
    targetUserId: people.target.userId,
    acceptTargets,
    deleteTargets,
    flagTargets,
    mergeTargets,
    promoteTargets,
    unsubscribeToken: unsubscribeToken(main.threadId, people.target.userId),
  };
}
