import { base, en, Faker } from "@faker-js/faker";
import { asc, eq, isNotNull } from "drizzle-orm";
import type { Database } from "@/db/client";
import { agentProfiles, caseEvents, cases, customers, surveyInvitations, surveyResponses, surveyTemplates, users, type SurveyAnswer } from "@/db/schema";
import { createCase } from "@/server/cases";
import type { JobQueue } from "@/server/jobs/queue";
import { caseScripts } from "../cases/scripts";
import { deliveryTemplate, demoComments, generalTemplates } from "./templates";

const DAY_MS = 86_400_000;
const silentQueue: JobQueue = { send: async () => {} };
const channels = ["email", "portal", "email", "chat", "phone", "sms", "social", "portal"] as const;

/**
 * Survey templates (sent right away in the demo, so resolving a case shows its survey in the dev
 * mailbox at once) and 90 days of history: resolved cases with their survey sent, about two thirds
 * answered, scores drifting up over time, written comments, low scores followed up on the timeline.
 */
export async function seedSurveys(db: Database, options: { count?: number } = {}) {
  const rng = new Faker({ locale: [en, base], seed: 808 });
  const ids: Record<string, string> = {};
  for (const locale of ["en", "fr", "it"] as const) {
    const text = generalTemplates[locale];
    const [row] = await db
      .insert(surveyTemplates)
      .values({ ...text, category: null, locale: locale === "en" ? null : locale, delayMinutes: 0, reminderDays: 3, validDays: 14, lowScoreThreshold: 2, lowScoreAction: "reopen" })
      .returning({ id: surveyTemplates.id });
    ids[locale] = row!.id;
  }
  await db.insert(surveyTemplates).values({ ...deliveryTemplate, category: "delivery", locale: "en", delayMinutes: 0, reminderDays: 3, validDays: 14, lowScoreThreshold: 2, lowScoreAction: "reopen" });

  const people = await db
    .select({ id: customers.id, locale: customers.preferredLocale, email: users.email })
    .from(customers)
    .innerJoin(users, eq(users.id, customers.userId))
    .where(isNotNull(customers.userId))
    .orderBy(asc(customers.createdAt), asc(customers.id))
    .limit(60);
  if (!people.length) return { responses: 0 };
  const agents = await db.select({ userId: agentProfiles.userId }).from(agentProfiles).orderBy(asc(agentProfiles.userId));
  const now = Date.now();
  const count = options.count ?? 140;
  let responses = 0;
  for (let i = 0; i < count; i++) {
    const person = rng.helpers.arrayElement(people);
    const script = caseScripts[i % caseScripts.length]!;
    const locale = person.locale;
    const text = script[locale];
    const openedAt = new Date(now - (2 + rng.number.int({ min: 0, max: 88 })) * DAY_MS - rng.number.int({ min: 0, max: 12 }) * 3_600_000);
    const { id } = await createCase(db, silentQueue, { customerId: person.id, channel: channels[i % channels.length]!, category: script.category, subject: text.subject, description: text.body, locale }, { now: openedAt, notify: false });
    const resolvedAt = new Date(openedAt.getTime() + rng.number.int({ min: 2, max: 40 }) * 3_600_000);
    // History replayed without the agents' replies: the case is credited to one agent, as if they had handled it.
    const assigneeId = agents.length ? agents[i % agents.length]!.userId : null;
    await db.update(cases).set({ status: "resolved", assigneeId, resolvedAt, slaPausedAt: resolvedAt, lastActivityAt: resolvedAt }).where(eq(cases.id, id));
    await db.insert(caseEvents).values({ caseId: id, kind: "status", visibility: "public", author: "agent", data: { from: "open", to: "resolved" }, createdAt: resolvedAt });
    const expiresAt = new Date(resolvedAt.getTime() + 14 * DAY_MS);
    const isAnswered = rng.number.int({ min: 0, max: 99 }) < 64;
    const [invitation] = await db
      .insert(surveyInvitations)
      .values({ caseId: id, customerId: person.id, templateId: ids[locale], locale, status: isAnswered ? "answered" : "sent", scheduledFor: resolvedAt, email: person.email, sentAt: resolvedAt, expiresAt, createdAt: resolvedAt })
      .returning({ id: surveyInvitations.id });
    if (!isAnswered) continue;
    // Satisfaction improves over the quarter, so the trend line has something to show.
    const progress = 1 - (now - openedAt.getTime()) / (90 * DAY_MS);
    const roll = rng.number.float({ min: 0, max: 1 }) + progress * 0.25;
    const csat = roll < 0.14 ? 1 : roll < 0.24 ? 2 : roll < 0.4 ? 3 : roll < 0.75 ? 4 : 5;
    const ces = Math.max(1, Math.min(7, csat + rng.number.int({ min: 0, max: 2 }) + (csat >= 4 ? 1 : 0)));
    const isLowScore = csat <= 2;
    const template = generalTemplates[locale];
    const answers: SurveyAnswer[] = [];
    const pool = demoComments[locale][isLowScore ? "low" : "high"];
    if (isLowScore) answers.push({ questionId: "what-went-wrong", label: template.questions[0]!.label, value: rng.helpers.arrayElement(pool) });
    else if (rng.number.int({ min: 0, max: 2 }) === 0) answers.push({ questionId: "improve", label: template.questions[1]!.label, value: rng.helpers.arrayElement(pool) });
    const answeredAt = new Date(resolvedAt.getTime() + rng.number.int({ min: 1, max: 72 }) * 3_600_000);
    await db.insert(surveyResponses).values({ invitationId: invitation!.id, caseId: id, csat, ces, answers, comment: answers[0]?.value ?? null, isLowScore, followedUpAt: isLowScore ? answeredAt : null, createdAt: answeredAt, updatedAt: answeredAt });
    await db.insert(caseEvents).values({ caseId: id, kind: "survey", visibility: "internal", author: "customer", data: { invitationId: invitation!.id, csat, ces, answers: answers.map(({ label, value }) => ({ label, value })), lowScore: isLowScore }, createdAt: answeredAt });
    if (isLowScore) await db.insert(caseEvents).values({ caseId: id, kind: "task", visibility: "internal", author: "system", data: { reasonCode: "lowCsat", csat, assigneeUserId: null, dueAt: new Date(answeredAt.getTime() + DAY_MS).toISOString() }, createdAt: answeredAt });
    responses++;
  }
  return { responses };
}
