import type { Database } from "@/db/client";
import * as queries from "./queries";
import type { ResultsInput } from "./schemas";

const DAY = 86_400_000;
type Counts = { sent?: number; answered: number; satisfied: number; cesSum: number; cesCount: number };

/** CSAT is the share of 4 and 5 ratings; CES the average effort (1 very difficult … 7 very easy). */
const scores = (c: Counts) => ({
  answered: c.answered,
  csat: c.answered ? Math.round((c.satisfied / c.answered) * 1000) / 10 : null,
  ces: c.cesCount ? Math.round((c.cesSum / c.cesCount) * 10) / 10 : null,
  responseRate: c.sent ? Math.round((c.answered / c.sent) * 1000) / 10 : null,
  sent: c.sent ?? null,
});

export const resultsRange = (days: number, now = new Date()): queries.ResultsRange => ({ from: new Date(now.getTime() - days * DAY), to: now });

/** Everything the results page shows for the period, in one call. */
export async function getSurveyResults(db: Database, input: ResultsInput, now = new Date()) {
  const range = resultsRange(input.days, now);
  const [summary, weeks, byCategory, byQueue, byAgent, byChannel, comments] = await Promise.all([
    queries.summarize(db, range),
    queries.weeklyScores(db, range),
    queries.scoresBy(db, range, "category"),
    queries.scoresBy(db, range, "queue"),
    queries.scoresBy(db, range, "agent"),
    queries.scoresBy(db, range, "channel"),
    queries.latestComments(db, range, 20),
  ]);
  const breakdown = (rows: typeof byCategory) => rows.map((row) => ({ key: row.key, ...scores(row) }));
  return {
    days: input.days,
    summary: scores(summary),
    weeks: weeks.map((week) => ({ week: week.week, ...scores(week) })),
    byCategory: breakdown(byCategory),
    byQueue: breakdown(byQueue),
    byAgent: breakdown(byAgent),
    byChannel: breakdown(byChannel),
    comments: comments.map((c) => ({ id: c.id, csat: c.csat, ces: c.ces, comment: c.comment, isLowScore: c.isLowScore, answeredAt: c.answeredAt, caseNumber: c.caseNumber, caseSubject: c.caseSubject })),
  };
}

/** A spreadsheet would run a cell starting with = + - @ (or a tab/CR) as a formula: prefix it with '. */
export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? "" : value instanceof Date ? value.toISOString() : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const CSV_HEADER = ["answered_at", "case", "subject", "category", "channel", "queue", "agent", "locale", "csat", "ces", "low_score", "answers", "comment"];

/** The export of every response in the period, as CSV lines, read in pages so memory stays flat. */
export async function* surveyResponsesCsv(db: Database, input: ResultsInput, now = new Date()) {
  const range = resultsRange(input.days, now);
  yield `${CSV_HEADER.join(",")}\r\n`;
  for (let offset = 0; ; offset += 500) {
    const rows = await queries.responsesPage(db, range, { limit: 500, offset });
    for (const r of rows) {
      const answers = r.answers.map((a) => `${a.label}: ${a.value}`).join(" | ");
      yield `${[r.answeredAt, r.caseNumber, r.caseSubject, r.category, r.channel, r.queue, r.agent, r.locale, r.csat, r.ces, r.isLowScore, answers, r.comment].map(csvCell).join(",")}\r\n`;
    }
    if (rows.length < 500) return;
  }
}
