import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { api } from "@/server/api/rsc";
import { signOutEverywhereAction } from "@/server/auth/actions";
import { requireRole } from "@/server/auth/session";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("title") };
}

function Row({ label, value }: { label: string; value: string }) {
  return (
    <div className="grid grid-cols-3 gap-2 py-2 text-sm">
      <dt className="text-zinc-600">{label}</dt>
      <dd className="col-span-2 text-zinc-900">{value}</dd>
    </div>
  );
}

export default async function AccountPage() {
  await requireRole(["customer"], "/account");
  const [t, ta, tc, format, profile] = await Promise.all([
    getTranslations("account"),
    getTranslations("auth"),
    getTranslations("common"),
    getFormatter(),
    (await api()).account.profile(),
  ]);
  const tier = profile.contract?.tier ?? "none";
  const day = (value: string) => format.dateTime(new Date(`${value}T12:00:00Z`), { dateStyle: "long" });
  return (
    <>
      <PageHeader title={t("title")} />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card aria-labelledby="profile-title">
          <CardTitle id="profile-title">{t("profile")}</CardTitle>
          <dl className="divide-y divide-zinc-100">
            <Row label={t("name")} value={profile.displayName} />
            <Row label={t("email")} value={profile.email} />
            <Row label={t("phone")} value={profile.phone ?? t("notProvided")} />
            <Row label={t("language")} value={tc(`languages.${profile.locale}`)} />
            <Row label={t("preferredChannel")} value={t(`channels.${profile.preferredChannel}`)} />
          </dl>
          {profile.isVip && (
            <p className="mt-3">
              <Badge tone="info">{t("vip")}</Badge>
            </p>
          )}
        </Card>
        <Card aria-labelledby="contract-title">
          <CardTitle id="contract-title">{t("contract")}</CardTitle>
          <p className="text-lg font-semibold text-zinc-900">{t(`tiers.${tier}`)}</p>
          <p className="mt-1 text-sm text-zinc-700">{t(`tierIncludes.${tier}`)}</p>
          {profile.contract ? (
            <p className="mt-3 text-sm text-zinc-600">
              {t("contractNumber", { number: profile.contract.number })} ·{" "}
              {profile.contract.endsOn
                ? t("contractValidity", { start: day(profile.contract.startsOn), end: day(profile.contract.endsOn) })
                : t("contractValidityOpen", { start: day(profile.contract.startsOn) })}
            </p>
          ) : (
            <p className="mt-3 text-sm text-zinc-600">{t("noContract")}</p>
          )}
        </Card>
        <Card aria-labelledby="organization-title">
          <CardTitle id="organization-title">{t("organization")}</CardTitle>
          {profile.organizationName ? (
            <>
              <p className="font-medium text-zinc-900">{profile.organizationName}</p>
              <p className="mt-1 text-sm text-zinc-600">{t("organizationRole", { role: t(`organizationRoles.${profile.organizationRole}`) })}</p>
            </>
          ) : (
            <p className="text-sm text-zinc-600">{t("noOrganization")}</p>
          )}
        </Card>
        <Card aria-labelledby="security-title">
          <CardTitle id="security-title">{t("security")}</CardTitle>
          <p className="mb-4 text-sm text-zinc-600">{ta("signOutEverywhereHint")}</p>
          <form action={signOutEverywhereAction}>
            <Button type="submit" variant="danger">
              {ta("signOutEverywhere")}
            </Button>
          </form>
        </Card>
      </div>
    </>
  );
}
