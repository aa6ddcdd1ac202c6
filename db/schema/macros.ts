import { boolean, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { caseCategories } from "./cases";
import { locale, users } from "./identity";

/**
 * A canned reply in one language. Agents pick from the macros of the case's language; the body is
 * Markdown with {{placeholders}} filled from the case when inserted (server/macros/render.ts).
 */
export const macros = pgTable(
  "macros",
  {
    id: uuid().primaryKey().defaultRandom(),
    name: text().notNull(),
    locale: locale().notNull(),
    body: text().notNull(),
    // Offered first on cases of this category; null: any case.
    categoryKey: text().references(() => caseCategories.key, { onDelete: "set null" }),
    isActive: boolean().notNull().default(true),
    createdBy: uuid().references(() => users.id, { onDelete: "set null" }),
    updatedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  // The picker lists one language's macros by name.
  (t) => [index().on(t.locale, t.name), index().on(t.categoryKey), index().on(t.createdBy), index().on(t.updatedBy)],
);
