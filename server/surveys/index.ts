export { onCaseStatusChanged } from "./lifecycle";
export { sendSurveyInvitation, sendSurveyInvitations, sendSurveyReminder, surveyUrl } from "./sending";
export { describeSurvey, isQuestionAsked, optOutOfSurveys, submitSurvey } from "./answering";
export { getSurveyResults, surveyResponsesCsv, csvCell } from "./results";
export { getSurveyTemplateOrThrow, listSurveyTemplates, saveSurveyTemplate } from "./templates";
export { signSurveyToken, readSurveyToken } from "./tokens";
