import { formatIsoDate } from '@/lib/i18n/format';
import { Notice } from './Layout';
import { useMailLocale, useMailText, type MailText } from './locale';

export type ActionEndedProps = {
  name: string;
  organisation: string;
  title: string;
  /** The action's last day, 'YYYY-MM-DD'. */
  lastDay: string;
  reason: string;
  /** The editors had sent a new text for approval: that request lapsed. */
  approvalLapsed: boolean;
  url: string;
};

const nl = {
  preview: (organisation: string) => `${organisation} heeft een kortingsactie beëindigd`,
  ended: (organisation: string, title: string, lastDay: string) =>
    `${organisation} heeft de kortingsactie "${title}" beëindigd. De laatste dag is ${lastDay}. Daarna staat de actie niet meer op de website.`,
  reason: (reason: string) => `De reden van de partner: ${reason}`,
  approvalLapsed:
    'Jullie hadden de partner een nieuwe tekst ter akkoord gestuurd. Dat verzoek is vervallen. Stuur de tekst opnieuw als dat nog nodig is.',
  cta: 'Actie bekijken',
};
const TEXT: MailText<typeof nl> = {
  nl,
  en: {
    preview: (organisation: string) => `${organisation} has ended a discount offer`,
    ended: (organisation: string, title: string, lastDay: string) =>
      `${organisation} has ended the discount offer "${title}". The last day is ${lastDay}. After that, the offer is no longer on the website.`,
    reason: (reason: string) => `The partner's reason: ${reason}`,
    approvalLapsed: 'You had sent the partner a new text for approval. That request has lapsed. Send the text again if it is still needed.',
    cta: 'See the offer',
  },
};

/** To the editors: the partner ended a published discount offer early (ADR 0020). */
export default function ActionEnded({ name, organisation, title, lastDay, reason, approvalLapsed, url }: ActionEndedProps) {
  const t = useMailText(TEXT);
  const locale = useMailLocale();
  return (
    <Notice
      preview={t.preview(organisation)}
      name={name}
      paragraphs={[
        t.ended(organisation, title, formatIsoDate(lastDay, {}, locale)),
        ...(reason ? [t.reason(reason)] : []),
        ...(approvalLapsed ? [t.approvalLapsed] : []),
      ]}
      cta={{ href: url, label: t.cta }}
    />
  );
}

ActionEnded.PreviewProps = {
  name: 'Ruud Redacteur',
  organisation: 'Zwembad De Wielen',
  title: 'Halve prijs zwemmen',
  lastDay: '2026-12-15',
  reason: 'Het zwembad gaat eerder dicht voor een verbouwing.',
  approvalLapsed: false,
  url: 'http://localhost:3000/redactie/acties/voorbeeld',
} satisfies ActionEndedProps;
