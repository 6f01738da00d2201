import { Text } from '@react-email/components';
import { CallToAction, Layout, paragraph } from './Layout';

export type PasswordResetProps = { name: string; resetUrl: string };

export default function PasswordReset({ name, resetUrl }: PasswordResetProps) {
  return (
    <Layout preview="Kies een nieuw wachtwoord voor Dordtpas">
      <Text style={paragraph}>Beste {name},</Text>
      <Text style={paragraph}>Je hebt gevraagd om een nieuw wachtwoord. Kies een nieuw wachtwoord met de knop hieronder.</Text>
      <CallToAction href={resetUrl}>Nieuw wachtwoord kiezen</CallToAction>
      <Text style={paragraph}>
        De link werkt 1 uur en maar één keer. Heb je dit niet gevraagd? Dan hoef je niets te doen: je wachtwoord blijft hetzelfde.
      </Text>
    </Layout>
  );
}

PasswordReset.PreviewProps = {
  name: 'Sanne de Vries',
  resetUrl: 'http://localhost:3000/wachtwoord-herstellen?token=voorbeeld',
} satisfies PasswordResetProps;
