import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { env } from "@/server/env";
import { Counter } from "./counter";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Floor" };

/**
 * The floor of the Lighthouse benchmark (QUALITY P8): what Next.js and React alone cost a page of this
 * build, one paragraph and one client component, measured in the same run as the real pages.
 * Answers 404 unless BENCH_ROUTES=1, which only benchmarks set.
 */
export default function FloorPage() {
  if (env.BENCH_ROUTES !== "1") notFound();
  return (
    <main>
      <h1>Help center</h1>
      <p>Answers about delivery, returns, warranty, devices and your account. This paragraph is the largest text of the page, so that it is its largest contentful paint as on the real pages.</p>
      <Counter />
    </main>
  );
}
