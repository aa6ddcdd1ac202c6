import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { SurveyForm, SurveyOptOut } from "@/components/surveys/survey-form";
import { Card } from "@/components/ui/card";
import { api } from "@/server/api/rsc";
import { isLocale } from "@/server/i18n/config";

type Props = { params: Promise<{ locale: string; token: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  // The token is in the address: no other site may see it in a Referer. Not "no-referrer", which makes
  // Chromium send `Origin: null` with the form's own POST, and Next then refuses the Server Action as
  // cross-site (the form would not work without JavaScript).
  return { title: (await getTranslations({ locale, namespace: "surveys.results" }))("title"), robots: { index: false, follow: false }, referrer: "same-origin" };
}

/** The survey for the link's holder: an expired link shows the 403 page, an altered or unknown one the 404 page. */
async function surveyOrRefusal(rawToken: string) {
  let token: string;
  try {
    token = decodeURIComponent(rawToken);
  } catch {
    notFound();
  }
  try {
    return { token, survey: await (await api()).surveys.survey({ token }) };
  } catch (error) {
    if (error instanceof TRPCError && error.code === "FORBIDDEN") forbidden();
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
    throw error;
  }
}

/**
 * The survey behind the email's links. Opening it records nothing, whoever follows the link (mail
 * scanners do): the rating clicked in the email is only preselected. A tampered link answers 404, an
 * expired one 403, each with its own explanation.
 */
export default async function SurveyPage({ params, searchParams }: Props) {
  const { locale, token: rawToken } = await params;
  if (!isLocale(locale)) notFound();
  const { token, survey } = await surveyOrRefusal(rawToken);
  if (survey.status === "invalid") notFound();
  if (survey.status === "expired") forbidden();
  const t = await getTranslations({ locale, namespace: "surveys.page" });
  if (survey.status !== "open")
    return (
      <Card className="mx-auto max-w-xl">
        <h1 className="mb-2 text-xl font-bold text-zinc-900">{t("withdrawnTitle")}</h1>
        <p className="text-sm text-zinc-800">{t("withdrawn")}</p>
      </Card>
    );
  const format = await getFormatter({ locale });
  const clicked = Number((await searchParams).csat);
  const preselected = Number.isInteger(clicked) && clicked >= 1 && clicked <= 5 ? clicked : null;
  const response = survey.response;
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <Card>
        <h1 className="text-xl font-bold text-zinc-900">{t("title", { number: survey.caseNumber })}</h1>
        <p className="mt-1 text-sm text-zinc-700 [overflow-wrap:anywhere]">{t("intro", { subject: survey.caseSubject })}</p>
        <p className="mt-2 text-sm text-zinc-600">
          {response
            ? t("answered", { date: format.dateTime(response.answeredAt, { dateStyle: "long" }), expires: format.dateTime(survey.expiresAt, { dateStyle: "long" }) })
            : t("expiresOn", { date: format.dateTime(survey.expiresAt, { dateStyle: "long" }) })}
        </p>
        <div className="mt-6">
          <SurveyForm
            token={token}
            caseNumber={survey.caseNumber}
            csatQuestion={survey.csatQuestion}
            cesQuestion={survey.cesQuestion}
            questions={survey.questions}
            lowScoreThreshold={survey.lowScoreThreshold}
            initial={{ csat: preselected ?? response?.csat ?? null, ces: response?.ces ?? null, answers: response?.answers ?? {} }}
            isAnswered={!!response}
          />
        </div>
      </Card>
      <Card>
        <SurveyOptOut token={token} isOptedOut={survey.isOptedOut} />
      </Card>
    </div>
  );
}
