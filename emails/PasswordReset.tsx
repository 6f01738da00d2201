import { Text } from '@react-email/components';
import { CallToAction, Greeting, Layout, paragraph } from './Layout';
import { useMailText, type MailText } from './locale';

export type PasswordResetProps = { name: string; resetUrl: string };

const nl = {
  preview: 'Kies een nieuw wachtwoord voor Dordtpas',
  asked: 'Je hebt gevraagd om een nieuw wachtwoord. Kies een nieuw wachtwoord met de knop hieronder.',
  cta: 'Nieuw wachtwoord kiezen',
  validity: 'De link werkt 1 uur en maar één keer. Heb je dit niet gevraagd? Dan hoef je niets te doen: je wachtwoord blijft hetzelfde.',
};
const TEXT: MailText<typeof nl> = {
  nl,
  en: {
    preview: 'Choose a new password for Dordtpas',
    asked: 'You asked for a new password. Choose a new password with the button below.',
    cta: 'Choose a new password',
    validity:
      'The link works for 1 hour and only once. Did you not ask for this? Then you do not need to do anything: your password stays the same.',
  },
};

export default function PasswordReset({ name, resetUrl }: PasswordResetProps) {
  const t = useMailText(TEXT);
  return (
    <Layout preview={t.preview}>
      <Greeting name={name} />
      <Text style={paragraph}>{t.asked}</Text>
      <CallToAction href={resetUrl}>{t.cta}</CallToAction>
      <Text style={paragraph}>{t.validity}</Text>
    </Layout>
  );
}

PasswordReset.PreviewProps = {
  name: 'Sanne de Vries',
  resetUrl: 'http://localhost:3000/wachtwoord-herstellen?token=voorbeeld',
} satisfies PasswordResetProps;
