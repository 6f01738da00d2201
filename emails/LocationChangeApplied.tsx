import { Notice } from './Layout';

export type LocationChangeAppliedProps = { name: string; what: string; location: string; url: string };

/** To the partner's people: the editors applied their proposal for a location (issue 20). */
export default function LocationChangeApplied({ name, what, location, url }: LocationChangeAppliedProps) {
  return (
    <Notice
      preview="Je locaties zijn bijgewerkt"
      name={name}
      paragraphs={[
        `De redactie van Dordtpas heeft je voorstel verwerkt: ${what.toLowerCase()} "${location}".`,
        'Pashouders zien het nu op de website.',
      ]}
      cta={{ href: url, label: 'Locaties bekijken' }}
    />
  );
}

LocationChangeApplied.PreviewProps = {
  name: 'Sanne de Vries',
  what: 'Nieuwe locatie',
  location: 'Buitenbad Wantijpark',
  url: 'http://localhost:3000/partner/locaties',
} satisfies LocationChangeAppliedProps;
