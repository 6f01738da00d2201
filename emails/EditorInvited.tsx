import { Notice } from './Layout';

export type EditorInvitedProps = { name: string; invitedBy: string; role: string; url: string };

/** To an invited editor (issue 18): the single-use link to make an account at the editors of Dordtpas. */
export default function EditorInvited({ name, invitedBy, role, url }: EditorInvitedProps) {
  return (
    <Notice
      preview={`${invitedBy} nodigt je uit voor de redactie van Dordtpas`}
      name={name}
      paragraphs={[
        `${invitedBy} nodigt je uit voor de redactie van Dordtpas, als ${role.toLowerCase()}. Als redacteur bekijk je aanmeldingen van partners, schrijf je hun aanbod voor de website en publiceer je het na hun akkoord.`,
        'Klik op de knop en kies een gebruikersnaam en een wachtwoord. De link werkt één keer en 7 dagen lang.',
        'Verwacht je deze uitnodiging niet? Dan kun je deze e-mail negeren.',
      ]}
      cta={{ href: url, label: 'Account aanmaken' }}
    />
  );
}

EditorInvited.PreviewProps = {
  name: 'Eva de Boer',
  invitedBy: 'Ruud Redacteur',
  role: 'Redacteur',
  url: 'http://localhost:3000/uitnodiging/voorbeeld',
} satisfies EditorInvitedProps;
