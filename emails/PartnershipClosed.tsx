import { formatDate } from '@/lib/i18n/format';
import { Notice } from './Layout';
import { useMailLocale, useMailText, type MailText } from './locale';

export type PartnershipClosedProps = { name: string; organisation: string; closedBy: string; date: Date; reason: string; url: string };

const nl = {
  preview: (organisation: string) => `${organisation} heeft de samenwerking beëindigd`,
  closed: (closedBy: string, date: string, organisation: string) =>
    `${closedBy} heeft op ${date} de samenwerking van ${organisation} met Dordtpas beëindigd.`,
  consequences:
    'Al het aanbod van deze partner staat niet meer op de website. Voorstellen en verzoeken van deze partner zijn vervallen: je hoeft er niets meer aan te doen. Niemand van deze organisatie kan nog inloggen.',
  reason: (reason: string) => `De reden van de partner: ${reason}`,
  cta: 'Partner bekijken',
};
const TEXT: MailText<typeof nl> = {
  nl,
  en: {
    preview: (organisation: string) => `${organisation} has ended the partnership`,
    closed: (closedBy: string, date: string, organisation: string) =>
      `On ${date}, ${closedBy} ended the partnership of ${organisation} with Dordtpas.`,
    consequences:
      'None of the offers of this partner are on the website any more. Proposals and requests from this partner have been cancelled: you do not need to do anything with them. Nobody from this organisation can log in any more.',
    reason: (reason: string) => `The partner's reason: ${reason}`,
    cta: 'See the partner',
  },
};

/** To the editors: a partner ended the partnership; its offers are off the site and nothing waits for them. */
export default function PartnershipClosed({ name, organisation, closedBy, date, reason, url }: PartnershipClosedProps) {
  const t = useMailText(TEXT);
  const locale = useMailLocale();
  return (
    <Notice
      preview={t.preview(organisation)}
      name={name}
      paragraphs={[t.closed(closedBy, formatDate(date, locale), organisation), t.consequences, ...(reason ? [t.reason(reason)] : [])]}
      cta={{ href: url, label: t.cta }}
    />
  );
}

PartnershipClosed.PreviewProps = {
  name: 'Ruud Redacteur',
  organisation: 'Zwembad De Wielen',
  closedBy: 'Sanne de Vries',
  date: new Date('2026-12-01T13:05:00Z'),
  reason: 'Het zwembad gaat dicht.',
  url: 'http://localhost:3000/redactie/partners/org-1',
} satisfies PartnershipClosedProps;
