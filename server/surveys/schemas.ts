import { z } from "zod";

const text = (max: number) => z.string().trim().min(1, "errors.validation.required").max(max, "errors.validation.tooLong");

/** What the survey page posts. Ratings come from radio buttons: anything else is refused, nothing written. */
export const submitSurveyInput = z.strictObject({
  token: z.string().min(1, "errors.surveys.invalidToken").max(200, "errors.surveys.invalidToken"),
  csat: z.number("errors.surveys.ratingRequired").int("errors.surveys.ratingRequired").min(1, "errors.surveys.ratingRequired").max(5, "errors.surveys.ratingRequired"),
  ces: z.number().int().min(1, "errors.validation.tooSmall").max(7, "errors.validation.tooLarge").nullable(),
  answers: z.record(z.string().regex(/^[a-z0-9-]{1,40}$/, "errors.validation.invalid"), z.string().max(2000, "errors.validation.tooLong")).refine((value) => Object.keys(value).length <= 5, "errors.validation.invalid"),
});
export type SubmitSurveyInput = z.infer<typeof submitSurveyInput>;

export const surveyTokenInput = z.strictObject({ token: z.string().min(1, "errors.surveys.invalidToken").max(200, "errors.surveys.invalidToken") });
export type SurveyTokenInput = z.infer<typeof surveyTokenInput>;

/** What the public survey page may learn from a token: its questions and the holder's own answer, nothing else of the case. */
export const surveyPageOutput = z.discriminatedUnion("status", [
  z.object({ status: z.enum(["invalid", "expired", "withdrawn"]) }),
  z.object({
    status: z.literal("open"),
    locale: z.enum(["en", "fr", "it"]),
    caseNumber: z.string(),
    caseSubject: z.string(),
    csatQuestion: z.string(),
    cesQuestion: z.string(),
    questions: z.array(z.object({ id: z.string(), kind: z.enum(["rating", "choice", "text"]), label: z.string(), options: z.array(z.string()).optional(), onlyIfLowScore: z.boolean().optional() })),
    lowScoreThreshold: z.number(),
    expiresAt: z.date(),
    isOptedOut: z.boolean(),
    response: z.object({ csat: z.number(), ces: z.number().nullable(), answers: z.record(z.string(), z.string()), isLowScore: z.boolean(), answeredAt: z.date() }).nullable(),
  }),
]);

const questionInput = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9-]{1,40}$/, "errors.validation.invalid"),
    kind: z.enum(["rating", "choice", "text"]),
    label: text(300),
    options: z.array(text(100)).max(8, "errors.validation.tooLong").optional(),
    onlyIfLowScore: z.boolean().optional(),
  })
  .refine((q) => q.kind !== "choice" || (q.options?.length ?? 0) >= 2, { message: "errors.surveys.choiceOptions", path: ["options"] });

export const saveTemplateInput = z
  .strictObject({
    id: z.uuid().nullable(),
    name: text(120),
    category: z.string().max(60).nullable(),
    locale: z.enum(["en", "fr", "it"]).nullable(),
    csatQuestion: text(300),
    cesQuestion: text(300),
    questions: z.array(questionInput).max(5, "errors.surveys.tooManyQuestions"),
    delayMinutes: z.number().int().min(0, "errors.validation.tooSmall").max(10_080, "errors.validation.tooLarge"),
    reminderDays: z.number().int().min(0, "errors.validation.tooSmall").max(30, "errors.validation.tooLarge"),
    validDays: z.number().int().min(1, "errors.validation.tooSmall").max(90, "errors.validation.tooLarge"),
    lowScoreThreshold: z.number().int().min(1, "errors.validation.tooSmall").max(4, "errors.validation.tooLarge"),
    lowScoreAction: z.enum(["reopen", "task"]),
  })
  .refine((t) => new Set(t.questions.map((q) => q.id)).size === t.questions.length, { message: "errors.surveys.duplicateQuestion", path: ["questions"] });
export type SaveTemplateInput = z.infer<typeof saveTemplateInput>;

export const resultsInput = z.strictObject({ days: z.union([z.literal(30), z.literal(90), z.literal(365)]).default(90) });
export type ResultsInput = z.infer<typeof resultsInput>;

export const templateIdInput = z.strictObject({ id: z.uuid() });
