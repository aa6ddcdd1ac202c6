import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { cache } from "react";
import { MemberBadge } from "@/components/forum/badges";
import { Card } from "@/components/ui/card";
import { api, orNotFound } from "@/server/api/rsc";
import { isLocale, type Locale } from "@/server/i18n/config";

type Props = { params: Promise<{ locale: string; userId: string }> };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const loadMember = cache(async (userId: string, locale: Locale) => {
  if (!UUID.test(userId)) notFound();
  return orNotFound((await api()).forum.member({ userId, locale }));
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, userId } = await params;
  if (!isLocale(locale)) notFound();
  const member = await loadMember(userId, locale);
  return { title: member.name || "—", robots: { index: false } };
}

export default async function MemberPage({ params }: Props) {
  const { locale, userId } = await params;
  if (!isLocale(locale)) notFound();
  const member = await loadMember(userId, locale);
  const [t, format] = await Promise.all([getTranslations({ locale, namespace: "forum" }), getFormatter({ locale })]);
  const stats = [
    { label: t("member.reputation"), value: member.reputation },
    { label: t("member.accepted"), value: member.acceptedCount },
    { label: t("member.posts"), value: member.postCount },
  ];
  return (
    <div className="max-w-3xl">
      <div className="mb-6 flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold tracking-tight text-zinc-900 [overflow-wrap:anywhere]">{member.name || "—"}</h1>
        <MemberBadge badge={member.badge} isStaff={member.isStaff} />
      </div>
      <p className="-mt-4 mb-6 text-sm text-zinc-600">{t("member.memberSince", { date: format.dateTime(member.memberSince, { dateStyle: "long" }) })}</p>
      <dl className="mb-8 grid grid-cols-3 gap-3">
        {stats.map((stat) => (
          <Card key={stat.label} className="p-4">
            <dt className="text-xs font-medium uppercase tracking-wide text-zinc-600">{stat.label}</dt>
            <dd className="mt-1 text-2xl font-bold text-zinc-900" data-testid={stat.label === t("member.reputation") ? "reputation" : undefined}>
              {format.number(stat.value)}
            </dd>
          </Card>
        ))}
      </dl>
      <h2 className="mb-3 text-lg font-semibold text-zinc-900">{t("member.recent")}</h2>
      {member.posts.length === 0 ? (
        <p className="text-sm text-zinc-700">{t("member.noPosts")}</p>
      ) : (
        <ul className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 bg-white">
          {member.posts.map((post) => (
            <li key={post.postId} className="flex flex-wrap items-center gap-2 px-4 py-3 text-sm">
              <span className="text-xs font-medium text-zinc-600">{post.isQuestion ? t("member.asked") : t("member.answered")}</span>
              <Link href={`/${post.threadLocale}/community/t/${post.threadId}#post-${post.postId}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                {post.threadTitle}
              </Link>
              {post.isAccepted && <span className="text-xs font-semibold text-green-800">✓ {t("member.acceptedMark")}</span>}
              <span className="ml-auto text-xs text-zinc-600">{format.dateTime(post.createdAt, { dateStyle: "medium" })}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
