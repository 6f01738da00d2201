import { formatDate } from '@/lib/i18n/format';
import { Notice } from './Layout';
import { useMailLocale, useMailText, type MailText } from './locale';

export type ActionExpiredProps = { name: string; title: string; lastDay: Date; url: string };

const nl = {
  preview: 'Je kortingsactie staat niet meer op de website',
  expired: (title: string, lastDay: string) =>
    `Je kortingsactie "${title}" liep tot en met ${lastDay}. Pashouders zien haar nu niet meer op de Dordtpas-website.`,
  renew:
    'Wil je de actie volgend jaar weer aanbieden? Log in op het partnerportaal en kies bij de actie "Verlengen voor volgend jaar". Alles is dan al voor je ingevuld.',
  cta: 'Naar het partnerportaal',
};
const TEXT: MailText<typeof nl> = {
  nl,
  en: {
    preview: 'Your discount offer is no longer on the website',
    expired: (title: string, lastDay: string) =>
      `Your discount offer "${title}" ran until ${lastDay}. Pass holders no longer see it on the Dordtpas website.`,
    renew:
      'Would you like to offer it again next year? Log in to the partner portal and choose "Renew for next year" at the offer. Everything will already be filled in for you.',
    cta: 'Go to the partner portal',
  },
};

export default function ActionExpired({ name, title, lastDay, url }: ActionExpiredProps) {
  const t = useMailText(TEXT);
  const locale = useMailLocale();
  return (
    <Notice
      preview={t.preview}
      name={name}
      paragraphs={[t.expired(title, formatDate(lastDay, locale)), t.renew]}
      cta={{ href: url, label: t.cta }}
    />
  );
}

ActionExpired.PreviewProps = {
  name: 'Sanne de Vries',
  title: 'Halve prijs zwemmen',
  lastDay: new Date('2026-12-31T12:00:00Z'),
  url: 'http://localhost:3000/partner',
} satisfies ActionExpiredProps;
