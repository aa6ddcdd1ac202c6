const MAX_DEPTH = 12;
// NUL cannot be stored by PostgreSQL; a lone surrogate is not valid UTF-8. Both would fail deep in a query.
const FORBIDDEN = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why raw input must be refused before any procedure sees it, or null when it is acceptable. */
export function findInputProblem(value: unknown, depth = 0): "depth" | "characters" | null {
  if (depth > MAX_DEPTH) return "depth";
  if (typeof value === "string") return FORBIDDEN.test(value) ? "characters" : null;
  if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      const problem = FORBIDDEN.test(key) ? "characters" : findInputProblem(item, depth + 1);
      if (problem) return problem;
    }
  }
  return null;
}
