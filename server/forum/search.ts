import type { Database } from "@/db/client";
import type { Locale } from "@/server/i18n/config";
import { tokenize } from "@/server/kb";
import * as queries from "./queries";

const FEW_RESULTS = 3;
const stripAccents = (value: string) => value.normalize("NFD").replace(/\p{M}/gu, "");

export type ThreadHit = queries.ThreadSearchRow & { url: string };

/**
 * Forum search, the help center's way: PostgreSQL full text in the thread's language configuration
 * (kb_en/kb_fr/kb_it: unaccent + stemmer, via kb_regconfig), every word first, then any word, then
 * trigram similarity on titles for typos. Query text only ever reaches SQL as safe tokens. Solved and
 * officially answered threads rank a little higher. Meant for the help center's "from the community"
 * group as well as the forum.
 */
export async function searchThreads(db: Database, params: { query: string; locale: Locale; limit: number }): Promise<ThreadHit[]> {
  const tokens = tokenize(params.query);
  if (!tokens.length) return [];
  const hits: queries.ThreadSearchRow[] = [];
  const add = (rows: queries.ThreadSearchRow[]) => {
    for (const row of rows) if (hits.length < params.limit && !hits.some((hit) => hit.id === row.id)) hits.push(row);
  };
  add(await queries.rankThreads(db, { locale: params.locale, tsquery: tokens.join(" & "), limit: params.limit }));
  if (hits.length < FEW_RESULTS && tokens.length > 1) add(await queries.rankThreads(db, { locale: params.locale, tsquery: tokens.join(" | "), limit: params.limit }));
  if (hits.length < FEW_RESULTS)
    add(await queries.similarThreadTitles(db, { locale: params.locale, text: stripAccents(tokens.join(" ")), limit: params.limit, excludeIds: hits.map((hit) => hit.id) }));
  return hits.map((hit) => ({ ...hit, url: `/${hit.locale}/community/t/${hit.id}` }));
}
