"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useShortcut } from "./shortcuts";

/** Shortcuts that work on every back-office page. */
export function GlobalShortcuts() {
  const t = useTranslations("queues.shortcuts");
  const router = useRouter();
  useShortcut("g q", () => router.push("/agent/queues"), t("goQueues"));
  useShortcut("g n", () => router.push("/agent/next"), t("nextCase"));
  return null;
}
