import { Notice } from './Layout';
import { INVITATION } from './invitation';
import { useMailText, type MailText } from './locale';

export type EditorInvitedProps = { name: string; invitedBy: string; role: 'ADMIN' | 'MEMBER'; url: string };

const nl = {
  preview: (invitedBy: string) => `${invitedBy} nodigt je uit voor de redactie van Dordtpas`,
  invited: (invitedBy: string, role: string) =>
    `${invitedBy} nodigt je uit voor de redactie van Dordtpas, als ${role.toLowerCase()}. Als redacteur bekijk je aanmeldingen van partners, schrijf je hun aanbod voor de website en publiceer je het na hun akkoord.`,
  roles: { ADMIN: 'Beheerder', MEMBER: 'Redacteur' },
};
const TEXT: MailText<typeof nl> = {
  nl,
  en: {
    preview: (invitedBy: string) => `${invitedBy} invites you to join the Dordtpas editors`,
    invited: (invitedBy: string, role: string) =>
      `${invitedBy} invites you to join the Dordtpas editors, as ${role.toLowerCase()}. As an editor, you look at registrations from partners, you write their offer for the website and you publish it after their approval.`,
    roles: { ADMIN: 'Administrator', MEMBER: 'Editor' },
  },
};

/** To an invited editor (issue 18): the single-use link to make an account at the editors of Dordtpas. */
export default function EditorInvited({ name, invitedBy, role, url }: EditorInvitedProps) {
  const t = useMailText(TEXT);
  const invitation = useMailText(INVITATION);
  return (
    <Notice
      preview={t.preview(invitedBy)}
      name={name}
      paragraphs={[t.invited(invitedBy, t.roles[role]), invitation.how, invitation.unexpected]}
      cta={{ href: url, label: invitation.cta }}
    />
  );
}

EditorInvited.PreviewProps = {
  name: 'Eva de Boer',
  invitedBy: 'Ruud Redacteur',
  role: 'MEMBER',
  url: 'http://localhost:3000/uitnodiging/voorbeeld',
} satisfies EditorInvitedProps;
