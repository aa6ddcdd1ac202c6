import type { SurveyQuestion } from "@/db/schema";

type Locale = "en" | "fr" | "it";
type TemplateText = { name: string; csatQuestion: string; cesQuestion: string; questions: SurveyQuestion[] };

/** The demo's templates: one per language for every category, and one specific to delivery cases. */
export const generalTemplates: Record<Locale, TemplateText> = {
  en: {
    name: "After every case",
    csatQuestion: "How satisfied are you with how we handled your case?",
    cesQuestion: "How easy was it to get your issue solved?",
    questions: [
      { id: "what-went-wrong", kind: "text", label: "What went wrong?", onlyIfLowScore: true },
      { id: "improve", kind: "text", label: "Anything we could do better?" },
    ],
  },
  fr: {
    name: "Après chaque demande",
    csatQuestion: "Êtes-vous satisfait de la façon dont nous avons traité votre demande ?",
    cesQuestion: "Était-il facile d’obtenir une solution ?",
    questions: [
      { id: "what-went-wrong", kind: "text", label: "Qu’est-ce qui n’a pas fonctionné ?", onlyIfLowScore: true },
      { id: "improve", kind: "text", label: "Que pourrions-nous améliorer ?" },
    ],
  },
  it: {
    name: "Dopo ogni richiesta",
    csatQuestion: "Quanto sei soddisfatto di come abbiamo gestito la tua richiesta?",
    cesQuestion: "Quanto è stato facile risolvere il problema?",
    questions: [
      { id: "what-went-wrong", kind: "text", label: "Che cosa non ha funzionato?", onlyIfLowScore: true },
      { id: "improve", kind: "text", label: "Che cosa potremmo migliorare?" },
    ],
  },
};

export const deliveryTemplate: TemplateText = {
  name: "Delivery cases",
  csatQuestion: "How satisfied are you with how we handled your delivery issue?",
  cesQuestion: "How easy was it to get your issue solved?",
  questions: [
    { id: "parcel-state", kind: "choice", label: "Did your parcel finally arrive in good condition?", options: ["Yes", "Yes, but damaged", "Not yet"] },
    { id: "carrier", kind: "rating", label: "How would you rate the carrier?" },
    { id: "what-went-wrong", kind: "text", label: "What went wrong?", onlyIfLowScore: true },
  ],
};

/** Written answers of the demo responses, by language and mood. */
export const demoComments: Record<Locale, { low: string[]; high: string[] }> = {
  en: {
    low: ["I had to explain my problem three times to different people.", "The refund took two weeks and nobody told me why.", "The parcel came back damaged a second time."],
    high: ["Quick and friendly, thank you!", "The agent called me back as promised.", "Clear answer, no need to chase anyone."],
  },
  fr: {
    low: ["J’ai dû réexpliquer mon problème trois fois.", "Le remboursement a pris deux semaines sans explication.", "Le colis est encore arrivé abîmé."],
    high: ["Rapide et aimable, merci !", "Le conseiller m’a rappelé comme promis.", "Réponse claire, rien à relancer."],
  },
  it: {
    low: ["Ho dovuto spiegare il problema tre volte.", "Il rimborso ha richiesto due settimane senza spiegazioni.", "Il pacco è arrivato di nuovo danneggiato."],
    high: ["Veloci e gentili, grazie!", "L’operatore mi ha richiamato come promesso.", "Risposta chiara, nessun sollecito necessario."],
  },
};
