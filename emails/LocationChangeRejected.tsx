import { Notice } from './Layout';

export type LocationChangeRejectedProps = { name: string; what: string; location: string; reason: string; url: string };

/** To the partner's people: the editors refused their proposal for a location, with the reason (issue 20). */
export default function LocationChangeRejected({ name, what, location, reason, url }: LocationChangeRejectedProps) {
  return (
    <Notice
      preview="De redactie heeft je voorstel voor een locatie afgewezen"
      name={name}
      paragraphs={[
        `De redactie van Dordtpas heeft je voorstel afgewezen: ${what.toLowerCase()} "${location}". Je locaties blijven zoals ze waren.`,
        'De reden:',
        <span key="reason" style={{ whiteSpace: 'pre-line' }}>
          {reason}
        </span>,
        'Wil je toch iets veranderen? Doe dan een nieuw voorstel in het partnerportaal. Heb je vragen? Antwoord op deze e-mail.',
      ]}
      cta={{ href: url, label: 'Locaties bekijken' }}
    />
  );
}

LocationChangeRejected.PreviewProps = {
  name: 'Sanne de Vries',
  what: 'Nieuwe locatie',
  location: 'Buitenbad Wantijpark',
  reason: 'Het adres ligt buiten Dordrecht.',
  url: 'http://localhost:3000/partner/locaties',
} satisfies LocationChangeRejectedProps;
