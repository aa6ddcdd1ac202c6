/**
 * Lighthouse benchmark (QUALITY.md P8): mobile form factor, Lighthouse's default simulated throttling,
 * N runs per page (median reported) on a running production build, for the help center, an article,
 * a forum thread, the sign-in page and "my cases" signed in as the demo customer, and the floor: a page
 * of this build with one paragraph and one client component and no stylesheet, font or translations
 * (app/(bench)/bench/floor), i.e. what Next.js and React alone cost, measured in the same run.
 *
 *   npm run bench:lighthouse -- --base-url http://localhost:3700 [--runs 3] [--article <slug>] [--thread <id>]
 *                               [--pages floor,help,article,thread,sign-in,cases] [--chrome-path /usr/bin/chromium] [--save-lhr]
 * --save-lhr also writes each page's first Lighthouse report (open it in the Lighthouse viewer).
 * --throttling devtools applies the same mobile network and CPU throttling to the real load instead of
 * simulating it afterwards (P8 is measured with the default, simulate): a cross-check for LCP, which
 * the simulation estimates from what ran before the unthrottled first paint (on localhost the page's
 * async scripts often run before it, and LCP then counts their download and evaluation).
 *
 * Start the server as the README says, on its own data folder and ports, with the per-address sign-in
 * limit raised (each run signs in once) and the floor page on:
 *   BENCH_ROUTES=1 SIGN_IN_LIMIT_PER_ADDRESS=1000 PARCOURS_DATA_DIR=.data/lh PORT=3700 PARCOURS_PG_PORT=54340 npm run demo
 * Measure on a quiet machine (the load average is recorded with every page): simulated throttling
 * scales CPU work by 4, so a busy core shows up as blocking time.
 */
import os from "node:os";
import { parseArgs } from "node:util";
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { type Flags, type Result } from "lighthouse";
import { DEMO_PASSWORD } from "@/db/seed/catalog";
import { parsePositiveInt } from "./lib/args";
import { writeReport } from "./lib/report";
import { signInWithPassword } from "./lib/sign-in";

const DEMO_CUSTOMER = "customer@demo.parcours.dev";
/** QUALITY.md P8. JS is counted in kB of 1,000 bytes as transferred (gzipped, headers included). */
const TARGET = { performance: 0.95, accessibility: 1, lcpMs: 2000, tbtMs: 100, cls: 0.05, jsBytes: 150_000 };

type Page = { key: string; path: string; isPublic: boolean; signedIn: boolean; isFloor?: boolean };
type Metrics = { performance: number; accessibility: number; lcpMs: number; tbtMs: number; cls: number; fcpMs: number; jsBytes: number; jsRequests: number; totalBytes: number };
type A11yFailure = { id: string; title: string; elements: { selector: string; snippet: string; label: string }[] };
type PageResult = {
  page: string;
  isFloor: boolean;
  url: string;
  finalUrl: string;
  loadAverage: number[];
  runs: Metrics[];
  median: Metrics;
  checks: Record<"performance" | "accessibility" | "lcp" | "tbt" | "cls" | "js", boolean | null>;
  accessibilityFailures: A11yFailure[];
  lcpElement: string;
  scripts: { url: string; transferBytes: number }[];
  warnings: string[];
};

const { values } = parseArgs({
  options: {
    "base-url": { type: "string" },
    runs: { type: "string" },
    article: { type: "string" },
    thread: { type: "string" },
    pages: { type: "string" },
    "chrome-path": { type: "string", default: "/usr/bin/chromium" },
    "save-lhr": { type: "boolean", default: false },
    throttling: { type: "string", default: "simulate" },
  },
});
const baseUrl = values["base-url"]?.replace(/\/$/, "");
if (!baseUrl) {
  console.error("usage: bench/lighthouse.ts --base-url <url> [--runs 3] [--article <slug>] [--thread <id>] [--pages help,article,thread,sign-in,cases] [--chrome-path /usr/bin/chromium]");
  process.exit(2);
}
const runs = parsePositiveInt("--runs", values.runs) ?? 3;
const throttlingMethods = ["simulate", "devtools"] as const;
const throttlingMethod = throttlingMethods.find((method) => method === values.throttling);
if (!throttlingMethod) {
  console.error("--throttling: simulate (P8's default) or devtools");
  process.exit(2);
}

/** The first link of the given shape in a page's HTML: a real article or thread of the seeded data. */
async function firstLink(path: string, pattern: RegExp): Promise<string> {
  const response = await fetch(`${baseUrl}${path}`);
  if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}`);
  const match = pattern.exec(await response.text());
  if (!match) throw new Error(`no link matching ${pattern} on ${path}: is the demo data loaded?`);
  return match[1]!;
}

const signed = (value: number) => `${value >= 0 ? "+" : "-"}${Math.abs(value).toFixed(0)}`;

const median = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

function metricsOf(lhr: Result): Metrics {
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  const summary = (lhr.audits["resource-summary"]?.details as { items?: { resourceType: string; transferSize: number; requestCount: number }[] } | undefined)?.items ?? [];
  const row = (type: string) => summary.find((item) => item.resourceType === type);
  return {
    performance: lhr.categories.performance?.score ?? NaN,
    accessibility: lhr.categories.accessibility?.score ?? NaN,
    lcpMs: numeric("largest-contentful-paint"),
    tbtMs: numeric("total-blocking-time"),
    cls: numeric("cumulative-layout-shift"),
    fcpMs: numeric("first-contentful-paint"),
    jsBytes: row("script")?.transferSize ?? 0,
    jsRequests: row("script")?.requestCount ?? 0,
    totalBytes: row("total")?.transferSize ?? 0,
  };
}

function accessibilityFailures(lhr: Result): A11yFailure[] {
  const refs = lhr.categories.accessibility?.auditRefs ?? [];
  return refs
    .map((ref) => lhr.audits[ref.id]!)
    .filter((audit) => audit.score !== null && audit.score < 1)
    .map((audit) => {
      const items = (audit.details as { items?: { node?: { selector?: string; snippet?: string; nodeLabel?: string } }[] } | undefined)?.items ?? [];
      return {
        id: audit.id,
        title: audit.title,
        elements: items.filter((item) => item.node).map(({ node }) => ({ selector: node!.selector ?? "", snippet: node!.snippet ?? "", label: node!.nodeLabel ?? "" })),
      };
    });
}

/** The element Lighthouse took as the largest contentful paint (its details nest a table in a list). */
function lcpElementOf(lhr: Result): string {
  type Node = { type?: string; snippet?: string; selector?: string; items?: Node[]; node?: Node };
  const find = (value: Node | undefined): Node | undefined =>
    !value ? undefined : value.type === "node" ? value : (find(value.node) ?? value.items?.map(find).find(Boolean));
  const node = find(lhr.audits["largest-contentful-paint-element"]?.details as Node | undefined);
  return node ? `${node.selector ?? ""} ${node.snippet ?? ""}`.trim() : "";
}

function scriptsOf(lhr: Result) {
  const items = (lhr.audits["network-requests"]?.details as { items?: { url: string; resourceType?: string; transferSize?: number }[] } | undefined)?.items ?? [];
  return items.filter((item) => item.resourceType === "Script").map((item) => ({ url: item.url.replace(baseUrl!, ""), transferBytes: item.transferSize ?? 0 }));
}

let lighthouseVersion = "";

async function main(): Promise<number> {
  const health = await fetch(`${baseUrl}/api/trpc/system.health`).catch(() => null);
  if (health?.status !== 200) throw new Error(`${baseUrl} does not answer its health check: start a production build first (see the header of this file)`);
  const article = values.article ?? (await firstLink("/en/help", /href="\/en\/help\/a\/([^"?#]+)"/));
  // A solved thread: a question with replies and an accepted answer, as most readers arrive on.
  const thread = values.thread ?? (await firstLink("/en/community?tab=solved", /href="\/en\/community\/t\/([^"?#]+)"/));
  const all: Page[] = [
    { key: "floor", path: "/bench/floor", isPublic: true, signedIn: false, isFloor: true },
    { key: "help", path: "/en/help", isPublic: true, signedIn: false },
    { key: "article", path: `/en/help/a/${article}`, isPublic: true, signedIn: false },
    { key: "thread", path: `/en/community/t/${thread}`, isPublic: true, signedIn: false },
    { key: "sign-in", path: "/sign-in", isPublic: true, signedIn: false },
    { key: "cases", path: "/cases", isPublic: false, signedIn: true },
  ];
  const wanted = values.pages?.split(",").map((key) => key.trim());
  const pages = wanted ? all.filter((page) => wanted.includes(page.key)) : all;
  if (wanted && pages.length !== wanted.length) throw new Error(`--pages: choose among ${all.map((page) => page.key).join(", ")}`);
  if (pages.some((page) => page.isFloor) && (await fetch(`${baseUrl}/bench/floor`)).status !== 200) {
    throw new Error(`${baseUrl}/bench/floor is not served: start the server with BENCH_ROUTES=1 (see the header of this file)`);
  }
  const cookie = pages.some((page) => page.signedIn) ? await signInWithPassword(baseUrl!, { email: DEMO_CUSTOMER, password: DEMO_PASSWORD }) : null;

  const chrome = await chromeLauncher.launch({ chromePath: values["chrome-path"], chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
  // Headless Chromium runs in this machine's time zone.
  const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const results: PageResult[] = [];
  try {
    for (const page of pages) {
      const url = `${baseUrl}${page.path}`;
      const flags: Flags = {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance", "accessibility"],
        throttlingMethod,
        // Every run starts without cookies (a first visit), which Lighthouse's storage reset keeps by default.
        clearStorageTypes: ["cookies", "file_systems", "shader_cache", "service_workers", "cache_storage"],
        // A signed-in customer has told the server their time zone already. Without it the page would set
        // the `tz` cookie and refresh, and from then on Chrome sends its cookie jar instead of this header.
        extraHeaders: page.signedIn ? { Cookie: `${cookie!}; tz=${encodeURIComponent(browserZone)}` } : undefined,
      };
      // One unmeasured load first: a cached help page is rendered on its first request after a start.
      await fetch(url, { headers: page.signedIn ? { cookie: cookie! } : {} });
      const loadAverage = os.loadavg().map((value) => Math.round(value * 100) / 100);
      const lhrs: Result[] = [];
      for (let run = 1; run <= runs; run++) {
        const result = await lighthouse(url, flags);
        if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
        if (result.lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
        lhrs.push(result.lhr);
        lighthouseVersion = result.lhr.lighthouseVersion;
        const run_ = metricsOf(result.lhr);
        // The unthrottled load's own paints: the simulation counts whatever ran before them into LCP.
        const observed = (result.lhr.audits.metrics?.details as { items?: Record<string, number>[] } | undefined)?.items?.[0] ?? {};
        process.stdout.write(
          `  ${page.key} run ${run}/${runs}: performance ${Math.round(run_.performance * 100)}, LCP ${(run_.lcpMs / 1000).toFixed(2)} s, TBT ${run_.tbtMs.toFixed(0)} ms; observed FCP ${Math.round(observed.observedFirstContentfulPaint ?? NaN)} ms, LCP ${Math.round(observed.observedLargestContentfulPaint ?? NaN)} ms\n`,
        );
      }
      const perRun = lhrs.map(metricsOf);
      const m = Object.fromEntries((Object.keys(perRun[0]!) as (keyof Metrics)[]).map((key) => [key, median(perRun.map((run) => run[key]))])) as Metrics;
      const failures = new Map<string, A11yFailure>();
      for (const lhr of lhrs) for (const failure of accessibilityFailures(lhr)) if (!failures.has(failure.id)) failures.set(failure.id, failure);
      const finalUrl = lhrs[0]!.finalDisplayedUrl;
      if (values["save-lhr"]) writeReport(`lighthouse-${page.key}-lhr`, lhrs[0]);
      results.push({
        page: page.key,
        isFloor: page.isFloor ?? false,
        url,
        finalUrl,
        loadAverage,
        runs: perRun,
        median: m,
        checks: {
          performance: m.performance >= TARGET.performance,
          accessibility: m.accessibility >= TARGET.accessibility && failures.size === 0,
          lcp: m.lcpMs <= TARGET.lcpMs,
          tbt: m.tbtMs <= TARGET.tbtMs,
          cls: m.cls <= TARGET.cls,
          js: page.isPublic ? m.jsBytes <= TARGET.jsBytes : null,
        },
        accessibilityFailures: [...failures.values()],
        lcpElement: lcpElementOf(lhrs[0]!),
        scripts: scriptsOf(lhrs[0]!),
        warnings: [...new Set(lhrs.flatMap((lhr) => lhr.runWarnings))].concat(new URL(finalUrl).pathname !== new URL(url).pathname ? [`redirected to ${finalUrl}`] : []),
      });
    }
  } finally {
    chrome.kill();
  }

  const mark = (ok: boolean | null) => (ok === null ? "-" : ok ? "ok" : "FAIL");
  const header = ["page", "perf", "a11y", "LCP s", "TBT ms", "CLS", "JS kB", "load", "perf", "a11y", "LCP", "TBT", "CLS", "JS"];
  const body = results.map((r) => [
    r.isFloor ? "(floor)" : r.page,
    String(Math.round(r.median.performance * 100)),
    String(Math.round(r.median.accessibility * 100)),
    (r.median.lcpMs / 1000).toFixed(2),
    r.median.tbtMs.toFixed(0),
    r.median.cls.toFixed(3),
    (r.median.jsBytes / 1000).toFixed(1),
    r.loadAverage[0]!.toFixed(2),
    ...Object.values(r.checks).map(mark),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((cells) => cells[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  console.log(`\nLighthouse ${lighthouseVersion} mobile, ${throttlingMethod === "simulate" ? "simulated" : "applied (devtools)"} throttling, median of ${runs} runs; ${baseUrl}`);
  console.log(`targets: perf >= ${TARGET.performance * 100}, a11y ${TARGET.accessibility * 100}, LCP <= ${TARGET.lcpMs / 1000} s, TBT <= ${TARGET.tbtMs} ms, CLS <= ${TARGET.cls}, JS <= ${TARGET.jsBytes / 1000} kB (public pages)`);
  console.log(line(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const cells of body) console.log(line(cells));
  const floor = results.find((r) => r.isFloor);
  if (floor) {
    console.log("above the floor (Next.js and React alone, same build, same run):");
    for (const r of results.filter((result) => !result.isFloor)) {
      const js = (r.median.jsBytes - floor.median.jsBytes) / 1000;
      console.log(`  ${r.page.padEnd(8)} JS +${js.toFixed(1)} kB, TBT ${signed(r.median.tbtMs - floor.median.tbtMs)} ms, LCP ${signed(r.median.lcpMs - floor.median.lcpMs)} ms`);
    }
  }
  for (const r of results) {
    console.log(`LCP element ${r.page}: ${r.lcpElement.slice(0, 200)}`);
    for (const warning of r.warnings) console.log(`warning ${r.page}: ${warning}`);
    for (const failure of r.accessibilityFailures) {
      console.log(`a11y ${r.page}: ${failure.id} (${failure.title})`);
      for (const element of failure.elements) console.log(`    ${element.selector}  ${element.snippet.slice(0, 160)}`);
    }
  }
  const file = writeReport("lighthouse", { baseUrl, runs, throttlingMethod, lighthouse: lighthouseVersion, targets: TARGET, cpus: os.cpus().length, results });
  console.log(`report: ${file}`);
  // The floor's own verdicts are shown, not counted: they say which targets no page of this stack can meet here.
  return results.filter((r) => !r.isFloor).every((r) => Object.values(r.checks).every((ok) => ok !== false)) ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
