import { formatDateTime } from '@/lib/i18n/format';
import { Notice } from './Layout';
import { useMailLocale, useMailText, type MailText } from './locale';

export type PasswordChangedProps = { name: string; when: Date; forgotUrl: string };

const nl = {
  preview: 'Je wachtwoord voor het Dordtpas-partnerportaal is gewijzigd',
  changed: (when: string) =>
    `Je wachtwoord voor het Dordtpas-partnerportaal is gewijzigd op ${when}. Op je andere apparaten ben je uitgelogd.`,
  you: 'Was jij dit? Dan hoef je niets te doen.',
  notYou: 'Was jij dit niet? Kies dan meteen een nieuw wachtwoord met de knop hieronder, en neem contact op met de redactie van Dordtpas.',
  cta: 'Nieuw wachtwoord kiezen',
};
const TEXT: MailText<typeof nl> = {
  nl,
  en: {
    preview: 'Your password for the Dordtpas partner portal has been changed',
    changed: (when: string) =>
      `Your password for the Dordtpas partner portal was changed on ${when}. You have been logged out on your other devices.`,
    you: 'Was this you? Then you do not need to do anything.',
    notYou: 'Was this not you? Then choose a new password straight away with the button below, and contact the Dordtpas editors.',
    cta: 'Choose a new password',
  },
};

/** To the user whose password was just changed: so that a change they did not make does not go unnoticed. */
export default function PasswordChanged({ name, when, forgotUrl }: PasswordChangedProps) {
  const t = useMailText(TEXT);
  const locale = useMailLocale();
  return (
    <Notice
      preview={t.preview}
      name={name}
      paragraphs={[t.changed(formatDateTime(when, locale)), t.you, t.notYou]}
      cta={{ href: forgotUrl, label: t.cta }}
    />
  );
}

PasswordChanged.PreviewProps = {
  name: 'Sanne de Vries',
  when: new Date('2026-12-01T13:05:00Z'),
  forgotUrl: 'http://localhost:3000/wachtwoord-vergeten',
} satisfies PasswordChangedProps;
