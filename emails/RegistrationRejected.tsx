import { Notice } from './Layout';

export type RegistrationRejectedProps = {
  name: string;
  organisation: string;
  date: string;
  reason: string;
  url: string;
};

/** To the people of a refused registration (issue 18): why, and that they may register anew once it is solved. */
export default function RegistrationRejected({ name, organisation, date, reason, url }: RegistrationRejectedProps) {
  return (
    <Notice
      preview="De redactie heeft je aanmelding afgewezen"
      name={name}
      paragraphs={[
        `De redactie van Dordtpas heeft op ${date} de aanmelding van ${organisation} als partner afgewezen. Je kunt daarom niet inloggen in het partnerportaal.`,
        'De reden:',
        <span key="reason" style={{ whiteSpace: 'pre-line' }}>
          {reason}
        </span>,
        'Heb je dit opgelost? Meld je dan opnieuw aan. Je mag hetzelfde KvK-nummer, e-mailadres en dezelfde gebruikersnaam gebruiken.',
        'Heb je vragen? Antwoord op deze e-mail of neem contact op met Dordtpas.',
      ]}
      cta={{ href: url, label: 'Opnieuw aanmelden' }}
    />
  );
}

RegistrationRejected.PreviewProps = {
  name: 'Joost Jansen',
  organisation: 'Fietsenmaker Jansen',
  date: '2 december 2026',
  reason:
    'Uw organisatie is niet gevestigd in Dordrecht.\n\nUw adres is in Zwijndrecht. Dordtpas is alleen voor organisaties in Dordrecht.',
  url: 'http://localhost:3000/aanmelden',
} satisfies RegistrationRejectedProps;
