import { Notice } from './Layout';
import { useMailText, type MailText } from './locale';

export type OfferWithdrawnProps = { name: string; title: string; reason: string };

const nl = {
  preview: 'Je aanbod staat niet meer op de Dordtpas-website',
  withdrawn: (title: string) => `De redactie van Dordtpas heeft "${title}" van de website gehaald. De reden:`,
  questions: 'Heb je vragen? Antwoord op deze e-mail of neem contact op met Dordtpas.',
};
const TEXT: MailText<typeof nl> = {
  nl,
  en: {
    preview: 'Your offer is no longer on the Dordtpas website',
    withdrawn: (title: string) => `The Dordtpas editors have removed "${title}" from the website. The reason:`,
    questions: 'Do you have questions? Reply to this e-mail or contact Dordtpas.',
  },
};

export default function OfferWithdrawn({ name, title, reason }: OfferWithdrawnProps) {
  const t = useMailText(TEXT);
  return <Notice preview={t.preview} name={name} paragraphs={[t.withdrawn(title), `"${reason}"`, t.questions]} />;
}

OfferWithdrawn.PreviewProps = {
  name: 'Sanne de Vries',
  title: 'Zwemmen bij De Wielen',
  reason: 'Het zwembad is de komende maanden gesloten.',
} satisfies OfferWithdrawnProps;
