import { Notice } from './Layout';

export type PartnerDeactivatedProps = { name: string; organisation: string; reason: string };

/** The editors deactivated the partner (issue 18): why, and what it means. */
export default function PartnerDeactivated({ name, organisation, reason }: PartnerDeactivatedProps) {
  return (
    <Notice
      preview="Je account bij Dordtpas is gedeactiveerd"
      name={name}
      paragraphs={[
        `De redactie van Dordtpas heeft ${organisation} gedeactiveerd. De reden:`,
        `"${reason}"`,
        'Jullie aanbod staat niet meer op de website en je kunt niet meer inloggen op het partnerportaal. Jullie gegevens blijven bewaard.',
        'Heb je vragen, of wil je weer meedoen? Antwoord op deze e-mail of neem contact op met Dordtpas.',
      ]}
    />
  );
}

PartnerDeactivated.PreviewProps = {
  name: 'Sanne de Vries',
  organisation: 'Zwembad De Wielen',
  reason: 'Het zwembad is gesloten voor een verbouwing.',
} satisfies PartnerDeactivatedProps;
