import { formatDate } from '@/lib/i18n/format';
import { Notice } from './Layout';
import { useMailLocale, useMailText, type MailText } from './locale';

export type PartnershipClosedConfirmationProps = {
  name: string;
  organisation: string;
  closedBy: string;
  date: Date;
  retentionDays: number;
};

const nl = {
  preview: 'De samenwerking met Dordtpas is beëindigd',
  closed: (closedBy: string, date: string, organisation: string) =>
    `${closedBy} heeft op ${date} de samenwerking van ${organisation} met Dordtpas beëindigd.`,
  consequences:
    'Jullie aanbod staat niet meer op de Dordtpas-website. Niemand van jullie organisatie kan nog inloggen in het partnerportaal.',
  retention: (retentionDays: number) =>
    `We bewaren de gegevens van jullie accounts nog ${retentionDays} dagen. Daarna verwijderen we ze. In de geschiedenis van jullie aanbod staat dan geen naam meer.`,
  contact: 'Is dit een vergissing, of wil je later weer partner worden? Neem dan contact op met de redactie van Dordtpas.',
};
const TEXT: MailText<typeof nl> = {
  nl,
  en: {
    preview: 'The partnership with Dordtpas has ended',
    closed: (closedBy: string, date: string, organisation: string) =>
      `On ${date}, ${closedBy} ended the partnership of ${organisation} with Dordtpas.`,
    consequences:
      'Your offers are no longer on the Dordtpas website. Nobody from your organisation can log in to the partner portal any more.',
    retention: (retentionDays: number) =>
      `We keep the details of your accounts for another ${retentionDays} days. After that we delete them. From then on, no names are shown in the history of your offers.`,
    contact: 'Is this a mistake, or would you like to become a partner again later? Then please contact the Dordtpas editors.',
  },
};

/** To every person of the organisation: the partnership has ended, so a login that fails is no mystery. */
export default function PartnershipClosedConfirmation({
  name,
  organisation,
  closedBy,
  date,
  retentionDays,
}: PartnershipClosedConfirmationProps) {
  const t = useMailText(TEXT);
  const locale = useMailLocale();
  return (
    <Notice
      preview={t.preview}
      name={name}
      paragraphs={[t.closed(closedBy, formatDate(date, locale), organisation), t.consequences, t.retention(retentionDays), t.contact]}
    />
  );
}

PartnershipClosedConfirmation.PreviewProps = {
  name: 'Joost Jansen',
  organisation: 'Zwembad De Wielen',
  closedBy: 'Sanne de Vries',
  date: new Date('2026-12-01T13:05:00Z'),
  retentionDays: 365,
} satisfies PartnershipClosedConfirmationProps;
