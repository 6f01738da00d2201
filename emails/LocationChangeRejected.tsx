import { nl as dutch } from '@/lib/i18n/nl';
import { Notice } from './Layout';
import { useMailText, type MailText } from './locale';

export type LocationChangeRejectedProps = {
  name: string;
  what: 'ADD' | 'CHANGE' | 'REMOVE';
  location: string;
  reason: string;
  url: string;
};

const nl = {
  kinds: dutch.locations.pendingKind,
  preview: 'De redactie heeft je voorstel voor een locatie afgewezen',
  rejected: (what: string, location: string) =>
    `De redactie van Dordtpas heeft je voorstel afgewezen: ${what.toLowerCase()} "${location}". Je locaties blijven zoals ze waren.`,
  reason: 'De reden:',
  next: 'Wil je toch iets veranderen? Doe dan een nieuw voorstel in het partnerportaal. Heb je vragen? Antwoord op deze e-mail.',
  cta: 'Locaties bekijken',
};
const TEXT: MailText<typeof nl> = {
  nl,
  en: {
    kinds: { ADD: 'New location', CHANGE: 'Change', REMOVE: 'Removal' },
    preview: 'The Dordtpas editors have rejected your proposal for a location',
    rejected: (what: string, location: string) =>
      `The Dordtpas editors have rejected your proposal: ${what.toLowerCase()} "${location}". Your locations stay as they were.`,
    reason: 'The reason:',
    next: 'Do you still want to change something? Then make a new proposal in the partner portal. Do you have questions? Reply to this e-mail.',
    cta: 'See locations',
  },
};

/** To the partner's people: the editors refused their proposal for a location, with the reason (issue 20). */
export default function LocationChangeRejected({ name, what, location, reason, url }: LocationChangeRejectedProps) {
  const t = useMailText(TEXT);
  return (
    <Notice
      preview={t.preview}
      name={name}
      paragraphs={[
        t.rejected(t.kinds[what], location),
        t.reason,
        <span key="reason" style={{ whiteSpace: 'pre-line' }}>
          {reason}
        </span>,
        t.next,
      ]}
      cta={{ href: url, label: t.cta }}
    />
  );
}

LocationChangeRejected.PreviewProps = {
  name: 'Sanne de Vries',
  what: 'ADD',
  location: 'Buitenbad Wantijpark',
  reason: 'Het adres ligt buiten Dordrecht.',
  url: 'http://localhost:3000/partner/locaties',
} satisfies LocationChangeRejectedProps;
