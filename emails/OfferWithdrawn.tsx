import { Notice } from './Layout';

export type OfferWithdrawnProps = { name: string; title: string; reason: string };

export default function OfferWithdrawn({ name, title, reason }: OfferWithdrawnProps) {
  return (
    <Notice
      preview="Je aanbod staat niet meer op de Dordtpas-website"
      name={name}
      paragraphs={[
        `De redactie van Dordtpas heeft "${title}" van de website gehaald. De reden:`,
        `"${reason}"`,
        'Heb je vragen? Antwoord op deze e-mail of neem contact op met Dordtpas.',
      ]}
    />
  );
}

OfferWithdrawn.PreviewProps = {
  name: 'Sanne de Vries',
  title: 'Zwemmen bij De Wielen',
  reason: 'Het zwembad is de komende maanden gesloten.',
} satisfies OfferWithdrawnProps;
