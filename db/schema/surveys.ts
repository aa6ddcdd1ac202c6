import { boolean, index, integer, jsonb, pgEnum, pgTable, smallint, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { caseCategories, cases } from "./cases";
import { customers } from "./customers";
import { locale } from "./identity";

/** A case-specific question. `onlyIfLowScore`: asked only when the CSAT answer is at or under the template's threshold. */
export type SurveyQuestion = {
  id: string;
  kind: "rating" | "choice" | "text";
  label: string;
  /** The choices of a "choice" question. */
  options?: string[];
  onlyIfLowScore?: boolean;
};

/** One answer as shown on the case timeline and in exports: the question's label at the time of answering. */
export type SurveyAnswer = { questionId: string; label: string; value: string };

export const surveyLowScoreAction = pgEnum("survey_low_score_action", ["reopen", "task"]);
export const surveyInvitationStatus = pgEnum("survey_invitation_status", ["scheduled", "sent", "answered", "cancelled", "skipped"]);

/**
 * The survey sent after a case, per category and language; a null category or locale matches any,
 * and the most specific template wins. Exactly one template is the default (category and locale null).
 */
export const surveyTemplates = pgTable(
  "survey_templates",
  {
    id: uuid().primaryKey().defaultRandom(),
    name: text().notNull(),
    category: text().references(() => caseCategories.key, { onDelete: "cascade" }),
    locale: locale(),
    csatQuestion: text().notNull(),
    cesQuestion: text().notNull(),
    questions: jsonb().$type<SurveyQuestion[]>().notNull().default([]),
    /** Minutes between the resolution and the email; 0 sends right away. */
    delayMinutes: integer().notNull().default(60),
    /** Days without an answer before the one reminder; 0 sends none. */
    reminderDays: smallint().notNull().default(3),
    /** How long the link in the email stays valid (and the answer editable). */
    validDays: smallint().notNull().default(14),
    /** A CSAT at or under this value triggers the closed loop. */
    lowScoreThreshold: smallint().notNull().default(2),
    lowScoreAction: surveyLowScoreAction().notNull().default("reopen"),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique().on(t.category, t.locale).nullsNotDistinct(), index().on(t.locale)],
);

/** One per case, ever: resolving a case twice never surveys the customer twice. */
export const surveyInvitations = pgTable(
  "survey_invitations",
  {
    id: uuid().primaryKey().defaultRandom(),
    caseId: uuid()
      .notNull()
      .unique()
      .references(() => cases.id, { onDelete: "cascade" }),
    customerId: uuid()
      .notNull()
      .references(() => customers.id, { onDelete: "cascade" }),
    templateId: uuid().references(() => surveyTemplates.id, { onDelete: "set null" }),
    locale: locale().notNull(),
    status: surveyInvitationStatus().notNull().default("scheduled"),
    scheduledFor: timestamp({ withTimezone: true }).notNull(),
    /** Why it was not sent (opted out, suppressed address, no email): shown to agents. */
    skipReason: text(),
    email: text(),
    sentAt: timestamp({ withTimezone: true }),
    remindedAt: timestamp({ withTimezone: true }),
    expiresAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.customerId), index().on(t.templateId), index().on(t.createdAt), index().on(t.status, t.scheduledFor)],
);

/** The answer to an invitation; editable (same row) until the invitation expires. */
export const surveyResponses = pgTable(
  "survey_responses",
  {
    id: uuid().primaryKey().defaultRandom(),
    invitationId: uuid()
      .notNull()
      .unique()
      .references(() => surveyInvitations.id, { onDelete: "cascade" }),
    caseId: uuid()
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    csat: smallint().notNull(),
    ces: smallint(),
    answers: jsonb().$type<SurveyAnswer[]>().notNull().default([]),
    /** The free-text answers joined, for the comments list and the export. */
    comment: text(),
    isLowScore: boolean().notNull().default(false),
    /** When the closed loop ran (reopen or task): it runs once per response, whatever the edits. */
    followedUpAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.caseId), index().on(t.createdAt)],
);

/** Customers who asked for no more surveys (the link is in every survey email). */
export const surveyOptOuts = pgTable("survey_opt_outs", {
  customerId: uuid()
    .primaryKey()
    .references(() => customers.id, { onDelete: "cascade" }),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
