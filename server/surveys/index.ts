export { onCaseStatusChanged } from "./lifecycle";
export { sendSurveyInvitation, sendSurveyInvitations, sendSurveyReminder, surveyUrl } from "./sending";
export { ANSWERS_PER_HOUR, OPT_OUTS_PER_HOUR, describeSurvey, isQuestionAsked, optOutOfSurveys, submitSurvey } from "./answering";
export { getSurveyResults, surveyResponsesCsv, csvCell } from "./results";
export { deleteSurveyTemplate, getSurveyTemplateOrThrow, listSurveyTemplates, saveSurveyTemplate } from "./templates";
export { signSurveyToken, readSurveyToken, surveyInvitationIdOrThrow } from "./tokens";
