import { and, asc, eq, isNull, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { customers, forumCategories, forumCategoryTranslations, users } from "@/db/schema";
import { getActiveActor, type Actor } from "@/server/accounts";
import { DomainError } from "@/server/errors";
import { acceptAnswer, createThread, replyToThread, votePost } from "@/server/forum";
import type { JobQueue } from "@/server/jobs/queue";
import { categories, threads, type SeedAuthor } from "./content";

const HOUR_MS = 60 * 60 * 1000;
// The demo world is built in the past: nobody is emailed about it.
const silentQueue: JobQueue = { send: async () => {} };

/**
 * The Ohmnia community: one category per product family, and threads in English, French and
 * Italian written by the demo's customers (some solved, some with an official answer from the demo
 * agent). Goes through the forum services, so counters, reputation and sanitized HTML are real.
 */
export async function seedForum(db: Database, options: { demoCustomerEmail: string; demoOrgAdminEmail: string; demoAgentEmail: string; now?: Date }) {
  const now = options.now ?? new Date();
  const categoryIds = new Map<string, string>();
  for (const [position, category] of categories.entries()) {
    const [row] = await db.insert(forumCategories).values({ slug: category.slug, family: category.family, position }).onConflictDoNothing().returning({ id: forumCategories.id });
    if (!row) return; // Already seeded.
    categoryIds.set(category.slug, row.id);
    await db.insert(forumCategoryTranslations).values((["en", "fr", "it"] as const).map((locale) => ({ categoryId: row.id, locale, name: category.names[locale], description: category.descriptions[locale] })));
  }

  const actorOf = async (userId: string): Promise<Actor> => {
    const [user] = await db.select({ sessionVersion: users.sessionVersion }).from(users).where(eq(users.id, userId));
    const actor = await getActiveActor(db, { userId, sessionVersion: user!.sessionVersion });
    if (!actor) throw new Error(`seed user ${userId} is not active`);
    return actor;
  };
  const byEmail = async (email: string) => {
    const [row] = await db.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${email.toLowerCase()}`);
    if (!row) throw new Error(`seed user ${email} is missing`);
    return actorOf(row.id);
  };
  const special = { customer: await byEmail(options.demoCustomerEmail), orgadmin: await byEmail(options.demoOrgAdminEmail), agent: await byEmail(options.demoAgentEmail) };
  // Members of each language: the demo's other customers, in a stable order.
  const members = new Map<string, Actor[]>();
  for (const locale of ["en", "fr", "it"] as const) {
    const rows = await db
      .select({ id: users.id })
      .from(users)
      .innerJoin(customers, eq(customers.userId, users.id))
      .where(and(eq(users.role, "customer"), eq(users.locale, locale), isNull(users.disabledAt), sql`lower(${users.email}) not in (${options.demoCustomerEmail.toLowerCase()}, ${options.demoOrgAdminEmail.toLowerCase()})`))
      .orderBy(asc(users.email))
      .limit(8);
    members.set(locale, await Promise.all(rows.map((row) => actorOf(row.id))));
  }
  const author = (locale: "en" | "fr" | "it", who: SeedAuthor): Actor => {
    if (typeof who === "string") return special[who];
    const pool = members.get(locale)!;
    return pool.length ? pool[who % pool.length]! : special.customer;
  };

  for (const thread of threads) {
    const asker = author(thread.locale, thread.author);
    const askedAt = new Date(now.getTime() - thread.hoursAgo * HOUR_MS);
    const { threadId } = await createThread(db, asker, { categoryId: categoryIds.get(thread.category)!, locale: thread.locale, title: thread.title, bodyMd: thread.body }, { now: askedAt, skipLimits: true });
    const replyIds: string[] = [];
    for (const [index, reply] of thread.replies.entries()) {
      const at = new Date(askedAt.getTime() + (index + 1) * (reply.afterHours ?? 3) * HOUR_MS);
      const replier = author(thread.locale, reply.author);
      const { postId } = await replyToThread(db, silentQueue, replier, { threadId, bodyMd: reply.body, isOfficial: !!reply.official }, { now: at, notify: false, skipLimits: true });
      replyIds.push(postId);
      for (let v = 0; v < (reply.votes ?? 0); v++) {
        const voter = author(thread.locale, 100 + v + index);
        // A voter drawn twice for one post is skipped (alreadyVoted); nothing else can fail here.
        if (voter.userId !== replier.userId) await votePost(db, voter, { postId }, { skipLimits: true }).catch((error: unknown) => {
          if (!(error instanceof DomainError && error.code === "forum.alreadyVoted")) throw error;
        });
      }
    }
    if (thread.accepted !== undefined) await acceptAnswer(db, asker, { postId: replyIds[thread.accepted]! });
  }
}
