import sanitizeHtml from "sanitize-html";
import { Marked, type Tokens } from "marked";

/**
 * The one sanitizer: every piece of user-written Markdown (articles, forum posts, case messages)
 * becomes HTML here and nowhere else. Markdown is rendered by marked, then sanitize-html keeps only an
 * allowlist of tags, attributes and URL schemes, so raw HTML in the source, event handlers,
 * `javascript:` URLs and unknown tags cannot survive. Run it once when the text is written and store
 * the result.
 */

const VIDEO_EMBED = /^https:\/\/(?:www\.youtube-nocookie\.com\/embed|player\.vimeo\.com\/video)\/[A-Za-z0-9_-]{1,64}$/;

/** The embeddable player address of a YouTube or Vimeo link, or null. */
export function videoEmbedUrl(href: string): string | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (url.protocol !== "https:") return null;
  const host = url.hostname.replace(/^www\./, "");
  let id: string | null = null;
  if (host === "youtube.com" || host === "m.youtube.com") id = url.pathname === "/watch" ? url.searchParams.get("v") : null;
  else if (host === "youtu.be") id = url.pathname.slice(1);
  else if (host === "vimeo.com") id = url.pathname.slice(1);
  if (!id || !/^[A-Za-z0-9_-]{1,64}$/.test(id)) return null;
  return host === "vimeo.com" ? `https://player.vimeo.com/video/${id}` : `https://www.youtube-nocookie.com/embed/${id}`;
}

const marked = new Marked({
  gfm: true,
  renderer: {
    // A paragraph that is only a video link becomes an embedded player (the sanitizer re-checks the address).
    paragraph(token: Tokens.Paragraph) {
      const only = token.tokens.length === 1 ? token.tokens[0] : undefined;
      if (only && (only.type === "link" || only.type === "text")) {
        const href = only.type === "link" ? (only as Tokens.Link).href : only.raw.trim();
        const embed = videoEmbedUrl(href);
        if (embed) return `<iframe src="${embed}"></iframe>\n`;
      }
      return false;
    },
  },
});

const HEADING_ID = /^[a-z0-9-]{1,80}$/;

const policy: sanitizeHtml.IOptions = {
  allowedTags: [
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "p",
    "br",
    "hr",
    "blockquote",
    "pre",
    "code",
    "strong",
    "em",
    "b",
    "i",
    "del",
    "s",
    "sup",
    "sub",
    "kbd",
    "mark",
    "ul",
    "ol",
    "li",
    "a",
    "img",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "iframe",
  ],
  allowedAttributes: {
    h2: ["id"],
    h3: ["id"],
    h4: ["id"],
    ol: ["start"],
    code: ["class"],
    a: ["href", "title", "rel"],
    img: ["src", "alt", "title", "width", "height", "loading"],
    th: ["align"],
    td: ["align"],
    iframe: ["src", "title", "loading", "sandbox", "allow", "referrerpolicy"],
  },
  allowedClasses: { code: [/^language-[A-Za-z0-9_+-]{1,32}$/] },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesByTag: { img: ["http", "https"], iframe: ["https"] },
  allowProtocolRelative: false,
  allowedIframeHostnames: ["www.youtube-nocookie.com", "player.vimeo.com"],
  // Dropped together with their content (the library's default keeps the text of unknown tags).
  nonTextTags: ["script", "style", "textarea", "option", "noscript", "template", "title", "xmp", "noembed", "noframes", "svg", "math", "head"],
  disallowedTagsMode: "discard",
  transformTags: {
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: "nofollow noopener noreferrer" } }),
    img: (tagName, attribs) => ({ tagName, attribs: { ...attribs, loading: "lazy" } }),
    iframe: (tagName, attribs) => ({
      tagName,
      attribs: {
        src: attribs.src && VIDEO_EMBED.test(attribs.src) ? attribs.src : "",
        title: "Video",
        loading: "lazy",
        sandbox: "allow-scripts allow-same-origin allow-presentation",
        allow: "fullscreen; picture-in-picture",
        referrerpolicy: "strict-origin-when-cross-origin",
      },
    }),
  },
  exclusiveFilter: (frame) =>
    (frame.tag === "iframe" && !frame.attribs.src) ||
    (frame.tag === "img" && !frame.attribs.src) ||
    (["h2", "h3", "h4"].includes(frame.tag) && !!frame.attribs.id && !HEADING_ID.test(frame.attribs.id)),
};

export type SafeContent = { html: string; text: string };

/** HTML reduced to the allowlist above (sanitize-html); also returns its plain text, for search. */
export function sanitize(input: string): SafeContent {
  const html = sanitizeHtml(input, policy);
  const text = sanitizeHtml(html.replace(/<\/(p|li|h[1-6]|td|th|tr|pre|blockquote)>|<br\s*\/?>/g, "$& "), { allowedTags: [], allowedAttributes: {} })
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, " ")
    .trim();
  return { html, text };
}

/** Markdown (with GFM tables, code, images, video links) to sanitized HTML and plain text. */
export function renderMarkdown(markdown: string): SafeContent {
  const html = marked.parse(markdown, { async: false });
  return sanitize(html);
}
