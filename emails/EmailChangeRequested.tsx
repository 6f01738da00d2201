import { Notice } from './Layout';

export type EmailChangeRequestedProps = { name: string; newEmail: string; forgotUrl: string };

/** To the current address when a change is asked: its owner hears of it before it can happen. */
export default function EmailChangeRequested({ name, newEmail, forgotUrl }: EmailChangeRequestedProps) {
  return (
    <Notice
      preview="Er is gevraagd je e-mailadres te wijzigen"
      name={name}
      paragraphs={[
        `Er is gevraagd je e-mailadres voor het Dordtpas-partnerportaal te wijzigen naar ${newEmail}. Het wijzigt pas als iemand op de link klikt die we naar dat adres stuurden.`,
        'Was jij dit? Dan hoef je niets te doen.',
        'Was jij dit niet? Wijzig dan je wachtwoord en neem contact op met de redactie van Dordtpas. Met een nieuw wachtwoord werkt de link niet meer.',
      ]}
      cta={{ href: forgotUrl, label: 'Nieuw wachtwoord kiezen' }}
    />
  );
}

EmailChangeRequested.PreviewProps = {
  name: 'Sanne de Vries',
  newEmail: 'sanne@nieuw-adres.example',
  forgotUrl: 'http://localhost:3000/wachtwoord-vergeten',
} satisfies EmailChangeRequestedProps;
