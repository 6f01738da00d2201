import { nl as dutch } from '@/lib/i18n/nl';
import { Notice } from './Layout';
import { useMailText, type MailText } from './locale';

export type LocationChangeAppliedProps = { name: string; what: 'ADD' | 'CHANGE' | 'REMOVE'; location: string; url: string };

const nl = {
  kinds: dutch.locations.pendingKind,
  preview: 'Je locaties zijn bijgewerkt',
  applied: (what: string, location: string) => `De redactie van Dordtpas heeft je voorstel verwerkt: ${what.toLowerCase()} "${location}".`,
  visible: 'Pashouders zien het nu op de website.',
  cta: 'Locaties bekijken',
};
const TEXT: MailText<typeof nl> = {
  nl,
  en: {
    kinds: { ADD: 'New location', CHANGE: 'Change', REMOVE: 'Removal' },
    preview: 'Your locations have been updated',
    applied: (what: string, location: string) =>
      `The Dordtpas editors have made the change you proposed: ${what.toLowerCase()} "${location}".`,
    visible: 'Pass holders can now see it on the website.',
    cta: 'See locations',
  },
};

/** To the partner's people: the editors applied their proposal for a location (issue 20). */
export default function LocationChangeApplied({ name, what, location, url }: LocationChangeAppliedProps) {
  const t = useMailText(TEXT);
  return (
    <Notice
      preview={t.preview}
      name={name}
      paragraphs={[t.applied(t.kinds[what], location), t.visible]}
      cta={{ href: url, label: t.cta }}
    />
  );
}

LocationChangeApplied.PreviewProps = {
  name: 'Sanne de Vries',
  what: 'ADD',
  location: 'Buitenbad Wantijpark',
  url: 'http://localhost:3000/partner/locaties',
} satisfies LocationChangeAppliedProps;
