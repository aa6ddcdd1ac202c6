import type { Role } from "@/server/accounts";

/** Who calls: a signed-in role, or nobody. */
export type CallerKind = Role | "anonymous";

/** What the matrix arranges once and hands to each row's input. */
export type PolicyWorld = {
  /** An order of customer A (organization X). */
  orderOfA: { number: string };
  /** A user no caller of the matrix plays, for the admin mutations to act on. */
  targetUserId: string;
};

export type ProcedurePolicy = {
  /** The roles that may call it; "anonymous" makes it public. */
  allowed: readonly CallerKind[];
  /**
   * "owner": the sample input names customer A's object, so any other caller of an allowed role must
   * get NOT_FOUND, exactly as for a missing object.
   */
  scope?: "owner";
  /** A valid input for the allowed roles. */
  input?: (world: PolicyWorld) => unknown;
};

const everyone = ["anonymous", "customer", "agent", "admin"] as const;
const signedIn = ["customer", "agent", "admin"] as const;
const staff = ["agent", "admin"] as const;

/**
 * Every procedure of appRouter and who may call it. tests/authorization-matrix.test.ts fails when a
 * procedure has no row here (or a row names a procedure that no longer exists): adding a procedure
 * means deciding its policy.
 */
export const procedurePolicy: Record<string, ProcedurePolicy> = {
  "account.me": { allowed: everyone },
  "account.profile": { allowed: ["customer"] },
  "account.setLocale": { allowed: signedIn, input: () => "fr" },
  "account.signOutEverywhere": { allowed: signedIn },

  "customers.search": { allowed: staff, input: () => ({ query: "customer", limit: 10 }) },

  "orders.list": { allowed: ["customer"], input: () => ({ limit: 20 }) },
  "orders.get": { allowed: ["customer"], scope: "owner", input: (world) => ({ number: world.orderOfA.number }) },

  "system.health": { allowed: everyone },

  "users.list": { allowed: ["admin"], input: () => ({}) },
  "users.setRole": { allowed: ["admin"], input: (world) => ({ userId: world.targetUserId, role: "customer" }) },
  "users.setDisabled": { allowed: ["admin"], input: (world) => ({ userId: world.targetUserId, isDisabled: false }) },
};
