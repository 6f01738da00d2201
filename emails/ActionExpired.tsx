import { Notice } from './Layout';

export type ActionExpiredProps = { name: string; title: string; lastDay: string; url: string };

export default function ActionExpired({ name, title, lastDay, url }: ActionExpiredProps) {
  return (
    <Notice
      preview="Je kortingsactie staat niet meer op de website"
      name={name}
      paragraphs={[
        `Je kortingsactie "${title}" liep tot en met ${lastDay}. Pashouders zien haar nu niet meer op de Dordtpas-website.`,
        'Wil je de actie volgend jaar weer aanbieden? Log in op het partnerportaal en kies bij de actie "Verlengen voor volgend jaar". Alles is dan al voor je ingevuld.',
      ]}
      cta={{ href: url, label: 'Naar het partnerportaal' }}
    />
  );
}

ActionExpired.PreviewProps = {
  name: 'Sanne de Vries',
  title: 'Halve prijs zwemmen',
  lastDay: '31 december 2026',
  url: 'http://localhost:3000/partner',
} satisfies ActionExpiredProps;
