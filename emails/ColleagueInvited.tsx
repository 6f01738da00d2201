import { Notice } from './Layout';

export type ColleagueInvitedProps = { name: string; invitedBy: string; organisation: string; role: string; url: string };

/** To the invited colleague: the single-use link to make an account in the organisation's portal. */
export default function ColleagueInvited({ name, invitedBy, organisation, role, url }: ColleagueInvitedProps) {
  return (
    <Notice
      preview={`${invitedBy} nodigt je uit voor het partnerportaal van ${organisation}`}
      name={name}
      paragraphs={[
        `${invitedBy} nodigt je uit voor het Dordtpas-partnerportaal van ${organisation}, als ${role.toLowerCase()}. In het portaal doe je kortingsacties voor Dordtpashouders en keur je teksten voor de website goed.`,
        'Klik op de knop en kies een gebruikersnaam en een wachtwoord. De link werkt één keer en 7 dagen lang.',
        'Verwacht je deze uitnodiging niet? Dan kun je deze e-mail negeren.',
      ]}
      cta={{ href: url, label: 'Account aanmaken' }}
    />
  );
}

ColleagueInvited.PreviewProps = {
  name: 'Joost Jansen',
  invitedBy: 'Sanne de Vries',
  organisation: 'Zwembad De Wielen',
  role: 'Medewerker',
  url: 'http://localhost:3000/uitnodiging/voorbeeld',
} satisfies ColleagueInvitedProps;
