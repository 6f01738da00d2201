import { Notice } from './Layout';

export type PasswordChangedProps = { name: string; when: string; forgotUrl: string };

/** To the user whose password was just changed: so that a change they did not make does not go unnoticed. */
export default function PasswordChanged({ name, when, forgotUrl }: PasswordChangedProps) {
  return (
    <Notice
      preview="Je wachtwoord voor het Dordtpas-partnerportaal is gewijzigd"
      name={name}
      paragraphs={[
        `Je wachtwoord voor het Dordtpas-partnerportaal is gewijzigd op ${when}. Op je andere apparaten ben je uitgelogd.`,
        'Was jij dit? Dan hoef je niets te doen.',
        'Was jij dit niet? Kies dan meteen een nieuw wachtwoord met de knop hieronder, en neem contact op met de redactie van Dordtpas.',
      ]}
      cta={{ href: forgotUrl, label: 'Nieuw wachtwoord kiezen' }}
    />
  );
}

PasswordChanged.PreviewProps = {
  name: 'Sanne de Vries',
  when: '1 december 2026 om 14:05',
  forgotUrl: 'http://localhost:3000/wachtwoord-vergeten',
} satisfies PasswordChangedProps;
