import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DeflectionSubjectField } from "@/components/kb/deflection-subject";
import { helpAlternates, helpPath } from "@/components/kb/help-links";
import { buttonBase, buttonStyles } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { PageHeader } from "@/components/ui/page-header";
import { sharedLocale } from "@/app/(help)/[locale]/shared-render";

export { noPagesAtBuild as generateStaticParams } from "@/app/(help)/[locale]/shared-render";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await sharedLocale(params);
  const t = await getTranslations({ locale, namespace: "kb" });
  return { title: t("contactTitle"), alternates: helpAlternates(locale, "/contact") };
}

/** The first step of a request: the subject, with matching articles proposed before the case form. */
export default async function HelpContactPage({ params }: Props) {
  const locale = await sharedLocale(params);
  const t = await getTranslations({ locale, namespace: "kb" });
  return (
    <>
      <nav aria-label={t("breadcrumbs")} className="mb-2 text-sm">
        <Link href={helpPath(locale)} className="text-brand-700 underline">
          {t("home")}
        </Link>
      </nav>
      <PageHeader title={t("contactTitle")} intro={t("contactIntro")} />
      <Card className="max-w-2xl">
        <form action="/cases/new" method="get" className="space-y-4">
          <DeflectionSubjectField locale={locale} name="subject" labels={{ subjectLabel: t("subjectLabel"), subjectHint: t("subjectHint"), maybeThese: t("maybeThese") }} />
          <button type="submit" className={cn(buttonBase, buttonStyles.primary)}>
            {t("continueToCase")}
          </button>
        </form>
      </Card>
    </>
  );
}
