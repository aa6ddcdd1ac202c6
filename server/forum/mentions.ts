import { Marked, type Token, type TokenizerAndRendererExtension, type Tokens } from "marked";
import type { Database } from "@/db/client";
import { sanitize, videoEmbedUrl, type SafeContent } from "@/server/content/markdown";
import type { Locale } from "@/server/i18n/config";
import * as queries from "./queries";

/** Beyond this many distinct people, further @handles in a post stay plain text and email no one. */
export const MAX_MENTIONS_PER_POST = 10;

/** The handle of a display name (same rule as handleOf in queries.ts): "Zoé Martin" → "zoe-martin". */
export const mentionHandle = (name: string) =>
  name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");

type MentionToken = Tokens.Generic & { type: "mention"; raw: string; handle: string; href?: string; inLink?: boolean };

// A handle starts and ends with a letter or digit; an @ right after a word character is part of an email address.
const MENTION = /^@([a-z0-9](?:[a-z0-9-]{0,58}[a-z0-9])?)(?![a-z0-9-]|@)/i;

const escapeText = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const mentionExtension: TokenizerAndRendererExtension = {
  name: "mention",
  level: "inline",
  start(src) {
    const match = /(^|[^\w@/.-])@[a-z0-9]/i.exec(src);
    return match ? match.index + match[1]!.length : undefined;
  },
  tokenizer(src) {
    const match = MENTION.exec(src);
    if (!match) return undefined;
    return { type: "mention", raw: match[0], handle: match[1]!.toLowerCase() } satisfies MentionToken;
  },
  renderer(token) {
    const mention = token as MentionToken;
    // The sanitizer runs on this output afterwards, like on everything else marked produces.
    return mention.href && !mention.inLink ? `<a href="${escapeText(mention.href)}">@${escapeText(mention.handle)}</a>` : escapeText(mention.raw);
  },
};

/*
 * The forum's Markdown: the same rendering as renderMarkdown() (GFM, video links as players) plus
 * @mentions, and the same sanitize() afterwards. Kept here because mentions need a database lookup
 * between lexing and rendering, which the shared renderMarkdown() has no hook for.
 */
const forumMarked = new Marked(
  {
    gfm: true,
    renderer: {
      paragraph(token: Tokens.Paragraph) {
        const only = token.tokens.length === 1 ? token.tokens[0] : undefined;
        if (only && (only.type === "link" || only.type === "text")) {
          const embed = videoEmbedUrl(only.type === "link" ? (only as Tokens.Link).href : only.raw.trim());
          if (embed) return `<iframe src="${embed}"></iframe>\n`;
        }
        return false;
      },
    },
  },
  { extensions: [mentionExtension] },
);

export type Mentioned = { userId: string; email: string; locale: Locale; mentionEmails: boolean };
export type ForumContent = SafeContent & { mentioned: Mentioned[] };

/**
 * Markdown → sanitized HTML in which each @handle of a known member (at most MAX_MENTIONS_PER_POST
 * distinct ones, ambiguous handles excepted) links to their forum profile. Links are added to
 * marked's output, before sanitize(): nothing is ever inserted into sanitized HTML.
 */
export async function renderForumMarkdown(db: Database, markdown: string, options: { locale: Locale }): Promise<ForumContent> {
  const tokens = forumMarked.lexer(markdown);
  const mentions: MentionToken[] = [];
  forumMarked.walkTokens(tokens, (token: Token) => {
    if (token.type === "mention") mentions.push(token as MentionToken);
    // A mention inside link text stays text: no link inside a link.
    if (token.type === "link") forumMarked.walkTokens((token as Tokens.Link).tokens, (inner) => void (inner.type === "mention" && ((inner as MentionToken).inLink = true)));
  });
  const handles = [...new Set(mentions.filter((m) => !m.inLink).map((m) => m.handle))].slice(0, MAX_MENTIONS_PER_POST);
  const found = await queries.findMentionableUsers(db, handles);
  const byHandle = new Map<string, Mentioned | null>();
  for (const row of found) byHandle.set(row.handle, byHandle.has(row.handle) ? null : { userId: row.userId, email: row.email, locale: row.locale, mentionEmails: row.mentionEmails });
  for (const mention of mentions) {
    const person = byHandle.get(mention.handle);
    if (person && handles.includes(mention.handle)) mention.href = `/${options.locale}/community/u/${person.userId}`;
  }
  const content = sanitize(forumMarked.parser(tokens));
  const mentioned = handles.map((handle) => byHandle.get(handle)).filter((person): person is Mentioned => !!person);
  return { ...content, mentioned };
}
