import { Notice } from './Layout';
import { useMailText, type MailText } from './locale';

export type PartnerDeactivatedProps = { name: string; organisation: string; reason: string };

const nl = {
  preview: 'Je account bij Dordtpas is gedeactiveerd',
  deactivated: (organisation: string) => `De redactie van Dordtpas heeft ${organisation} gedeactiveerd. De reden:`,
  meaning:
    'Jullie aanbod staat niet meer op de website en je kunt niet meer inloggen op het partnerportaal. Jullie gegevens blijven bewaard.',
  questions: 'Heb je vragen, of wil je weer meedoen? Antwoord op deze e-mail of neem contact op met Dordtpas.',
};
const TEXT: MailText<typeof nl> = {
  nl,
  en: {
    preview: 'Your Dordtpas account has been deactivated',
    deactivated: (organisation: string) => `The Dordtpas editors have deactivated ${organisation}. The reason:`,
    meaning: 'Your offer is no longer on the website and you can no longer log in to the partner portal. We keep your details.',
    questions: 'Do you have questions, or do you want to take part again? Reply to this e-mail or contact Dordtpas.',
  },
};

/** The editors deactivated the partner (issue 18): why, and what it means. */
export default function PartnerDeactivated({ name, organisation, reason }: PartnerDeactivatedProps) {
  const t = useMailText(TEXT);
  return <Notice preview={t.preview} name={name} paragraphs={[t.deactivated(organisation), `"${reason}"`, t.meaning, t.questions]} />;
}

PartnerDeactivated.PreviewProps = {
  name: 'Sanne de Vries',
  organisation: 'Zwembad De Wielen',
  reason: 'Het zwembad is gesloten voor een verbouwing.',
} satisfies PartnerDeactivatedProps;
