import postgres from "postgres";
import { percentiles, type Percentiles } from "./load";

export type PlanNode = { type: string; relation: string | null; index: string | null; depth: number };
export type SqlFloor = {
  iterations: number;
  latencyMs: Percentiles;
  plan: PlanNode[];
  /** What the checks found wrong with the plan: a sequential scan on orders, or a sort the index should have made unnecessary. */
  planWarnings: string[];
  buffers: { hit: number; read: number };
};

type ExplainNode = {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  "Shared Hit Blocks"?: number;
  "Shared Read Blocks"?: number;
  Plans?: ExplainNode[];
};

function flatten(node: ExplainNode, depth = 0): PlanNode[] {
  const self = { type: node["Node Type"], relation: node["Relation Name"] ?? null, index: node["Index Name"] ?? null, depth };
  return [self, ...(node.Plans ?? []).flatMap((child) => flatten(child, depth + 1))];
}

/**
 * P1's floor: the query alone, through postgres.js as a prepared statement, timed one after the
 * other (no concurrency), plus its plan. Warm-up iterations are not counted.
 */
export async function measureSqlFloor(databaseUrl: string, query: string, params: string[], iterations = 1000): Promise<SqlFloor> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    for (let i = 0; i < 50; i++) await sql.unsafe(query, params, { prepare: true });
    const samples: number[] = [];
    for (let i = 0; i < iterations; i++) {
      const started = performance.now();
      await sql.unsafe(query, params, { prepare: true });
      samples.push(performance.now() - started);
    }
    const [row] = await sql.unsafe<{ "QUERY PLAN": [{ Plan: ExplainNode }] }[]>(`explain (analyze, buffers, format json) ${query}`, params);
    const root = row!["QUERY PLAN"][0].Plan;
    const plan = flatten(root);
    const planWarnings = [
      ...plan.filter((n) => n.type === "Seq Scan" && n.relation === "orders").map(() => "Seq Scan on orders"),
      ...(plan.some((n) => n.type === "Sort") ? ["Sort node: the index does not return rows in the requested order"] : []),
    ];
    return {
      iterations,
      latencyMs: percentiles(samples),
      plan,
      planWarnings,
      buffers: { hit: root["Shared Hit Blocks"] ?? 0, read: root["Shared Read Blocks"] ?? 0 },
    };
  } finally {
    await sql.end();
  }
}
