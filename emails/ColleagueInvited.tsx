import { Notice } from './Layout';
import { INVITATION } from './invitation';
import { useMailText, type MailText } from './locale';

export type ColleagueInvitedProps = { name: string; invitedBy: string; organisation: string; role: 'ADMIN' | 'MEMBER'; url: string };

const nl = {
  preview: (invitedBy: string, organisation: string) => `${invitedBy} nodigt je uit voor het partnerportaal van ${organisation}`,
  invited: (invitedBy: string, organisation: string, role: string) =>
    `${invitedBy} nodigt je uit voor het Dordtpas-partnerportaal van ${organisation}, als ${role.toLowerCase()}. In het portaal doe je kortingsacties voor Dordtpashouders en keur je teksten voor de website goed.`,
  roles: { ADMIN: 'Beheerder', MEMBER: 'Medewerker' },
};
const TEXT: MailText<typeof nl> = {
  nl,
  en: {
    preview: (invitedBy: string, organisation: string) => `${invitedBy} invites you to the partner portal of ${organisation}`,
    invited: (invitedBy: string, organisation: string, role: string) =>
      `${invitedBy} invites you to the Dordtpas partner portal of ${organisation}, as ${role.toLowerCase()}. In the portal you create discount offers for pass holders and approve texts for the website.`,
    roles: { ADMIN: 'Administrator', MEMBER: 'Member' },
  },
};

/** To the invited colleague: the single-use link to make an account in the organisation's portal. */
export default function ColleagueInvited({ name, invitedBy, organisation, role, url }: ColleagueInvitedProps) {
  const t = useMailText(TEXT);
  const invitation = useMailText(INVITATION);
  return (
    <Notice
      preview={t.preview(invitedBy, organisation)}
      name={name}
      paragraphs={[t.invited(invitedBy, organisation, t.roles[role]), invitation.how, invitation.unexpected]}
      cta={{ href: url, label: invitation.cta }}
    />
  );
}

ColleagueInvited.PreviewProps = {
  name: 'Joost Jansen',
  invitedBy: 'Sanne de Vries',
  organisation: 'Zwembad De Wielen',
  role: 'MEMBER',
  url: 'http://localhost:3000/uitnodiging/voorbeeld',
} satisfies ColleagueInvitedProps;
