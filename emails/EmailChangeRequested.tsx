import { Notice } from './Layout';
import { useMailText, type MailText } from './locale';

export type EmailChangeRequestedProps = { name: string; newEmail: string; forgotUrl: string };

const nl = {
  preview: 'Er is gevraagd je e-mailadres te wijzigen',
  requested: (newEmail: string) =>
    `Er is gevraagd je e-mailadres voor het Dordtpas-partnerportaal te wijzigen naar ${newEmail}. Het wijzigt pas als iemand op de link klikt die we naar dat adres stuurden.`,
  wasYou: 'Was jij dit? Dan hoef je niets te doen.',
  wasNotYou:
    'Was jij dit niet? Wijzig dan je wachtwoord en neem contact op met de redactie van Dordtpas. Met een nieuw wachtwoord werkt de link niet meer.',
  cta: 'Nieuw wachtwoord kiezen',
};
const TEXT: MailText<typeof nl> = {
  nl,
  en: {
    preview: 'Someone asked to change your e-mail address',
    requested: (newEmail: string) =>
      `Someone asked to change your e-mail address for the Dordtpas partner portal to ${newEmail}. It only changes when someone clicks the link that we sent to that address.`,
    wasYou: 'Was this you? Then you do not need to do anything.',
    wasNotYou:
      'Was this not you? Then change your password and contact the Dordtpas editors. With a new password, the link no longer works.',
    cta: 'Choose a new password',
  },
};

/** To the current address when a change is asked: its owner hears of it before it can happen. */
export default function EmailChangeRequested({ name, newEmail, forgotUrl }: EmailChangeRequestedProps) {
  const t = useMailText(TEXT);
  return (
    <Notice
      preview={t.preview}
      name={name}
      paragraphs={[t.requested(newEmail), t.wasYou, t.wasNotYou]}
      cta={{ href: forgotUrl, label: t.cta }}
    />
  );
}

EmailChangeRequested.PreviewProps = {
  name: 'Sanne de Vries',
  newEmail: 'sanne@nieuw-adres.example',
  forgotUrl: 'http://localhost:3000/wachtwoord-vergeten',
} satisfies EmailChangeRequestedProps;
