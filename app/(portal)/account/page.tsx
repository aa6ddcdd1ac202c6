import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { api } from "@/server/api/rsc";
import { signOutEverywhereAction } from "@/server/auth/actions";
import { requireRole } from "@/server/auth/session";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { DeletionForm } from "@/components/account/deletion-form";
import { EmailChangeForm } from "@/components/account/email-change-form";
import { ProfileForm } from "@/components/account/profile-form";
import { SessionsList } from "@/components/account/sessions-list";
import { LinkButton } from "@/components/ui/link-button";
import { TRPCReactProvider } from "@/components/trpc-provider";

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
  const [t, ts, ta, tc, format, profile] = await Promise.all([
    getTranslations("account"),
    getTranslations("selfcare.account"),
    getTranslations("auth"),
    getTranslations("common"),
    getFormatter(),
    (await api()).account.profile(),
  ]);
  const tier = profile.contract?.tier ?? "none";
  const day = (value: string) => format.dateTime(new Date(`${value}T12:00:00Z`), { dateStyle: "long" });
  return (
    <>
      <PageHeader title={t("title")} actions={<LinkButton href="/account/invoices" variant="secondary">{ts("invoicesLink")}</LinkButton>} />
      <TRPCReactProvider>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card aria-labelledby="profile-title">
          <CardTitle id="profile-title">{t("profile")}</CardTitle>
          <dl className="divide-y divide-zinc-100">
            <Row label={t("name")} value={profile.displayName} />
            <Row label={t("email")} value={profile.email} />
            <Row label={t("phone")} value={profile.phone ?? t("notProvided")} />
            <Row label={t("language")} value={tc(`languages.${profile.locale}`)} />
            <Row label={t("preferredChannel")} value={t(`channels.${profile.preferredChannel}`)} />
            <Row
              label={ts("hours")}
              value={ts("contactSummary", {
                channels: profile.contactPreferences.channels.map((c) => t(`channels.${c}`)).join(", "),
                days: profile.contactPreferences.days.map((d) => format.dateTime(new Date(Date.UTC(2024, 0, d, 12)), { weekday: "short", timeZone: "UTC" })).join(" "),
                from: ts("hour", { hour: profile.contactPreferences.fromHour }),
                to: ts("hour", { hour: profile.contactPreferences.toHour }),
                zone: profile.contactPreferences.timeZone,
              })}
            />
          </dl>
          {profile.isVip && (
            <p className="mt-3">
              <Badge tone="info">{t("vip")}</Badge>
            </p>
          )}
        </Card>
        <Card aria-labelledby="edit-title">
          <CardTitle id="edit-title">{ts("edit")}</CardTitle>
          <ProfileForm
            initial={{
              displayName: profile.displayName,
              phone: profile.phone,
              locale: profile.locale,
              channels: profile.contactPreferences.channels,
              fromHour: profile.contactPreferences.fromHour,
              toHour: profile.contactPreferences.toHour,
              days: profile.contactPreferences.days,
              timeZone: profile.contactPreferences.timeZone,
            }}
          />
        </Card>
        <Card aria-labelledby="email-title">
          <CardTitle id="email-title">{ts("emailTitle")}</CardTitle>
          <p className="mb-3 text-sm text-zinc-700">{ts("currentEmail", { email: profile.email })}</p>
          {profile.pendingEmail && (
            <p className="mb-3 text-sm text-zinc-700">{ts("pending", { email: profile.pendingEmail.newEmail, date: format.dateTime(profile.pendingEmail.expiresAt, { dateStyle: "medium", timeStyle: "short" }) })}</p>
          )}
          <EmailChangeForm />
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
          <CardTitle id="security-title">{ts("sessionsTitle")}</CardTitle>
          <p className="mb-3 text-sm text-zinc-600">{ts("sessionsIntro")}</p>
          <SessionsList />
          <div className="mt-6 border-t border-zinc-100 pt-4">
            <p className="mb-3 text-sm text-zinc-600">{ta("signOutEverywhereHint")}</p>
            <form action={signOutEverywhereAction}>
              <Button type="submit" variant="danger">
                {ta("signOutEverywhere")}
              </Button>
            </form>
          </div>
        </Card>
        <Card aria-labelledby="export-title">
          <CardTitle id="export-title">{ts("exportTitle")}</CardTitle>
          <p className="mb-4 text-sm text-zinc-600">{ts("exportBody")}</p>
          {/* A plain link: the route answers with a download, no client code needed. */}
          <a href="/account/export" download className="inline-flex min-h-10 items-center rounded-md border border-zinc-300 bg-white px-4 py-2 text-sm font-semibold text-zinc-900 hover:bg-zinc-100">
            {ts("exportButton")}
          </a>
        </Card>
        <Card aria-labelledby="deletion-title">
          <CardTitle id="deletion-title">{ts("deletion.title")}</CardTitle>
          <p className="mb-4 text-sm text-zinc-600">{ts("deletion.body")}</p>
          <DeletionForm />
        </Card>
      </div>
      </TRPCReactProvider>
    </>
  );
}
