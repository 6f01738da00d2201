import { Button, Link, Text } from '@react-email/components';
import { Layout, button, paragraph } from './Layout';

export type PasswordResetProps = { name: string; resetUrl: string };

export default function PasswordReset({ name, resetUrl }: PasswordResetProps) {
  return (
    <Layout preview="Kies een nieuw wachtwoord voor Dordtpas">
      <Text style={paragraph}>Beste {name},</Text>
      <Text style={paragraph}>Je hebt gevraagd om een nieuw wachtwoord. Kies een nieuw wachtwoord met de knop hieronder.</Text>
      <Button href={resetUrl} style={button}>
        Nieuw wachtwoord kiezen
      </Button>
      <Text style={{ ...paragraph, marginTop: 16 }}>
        Werkt de knop niet? Kopieer dan deze link in je browser:{' '}
        <Link href={resetUrl} style={{ wordBreak: 'break-all' }}>
          {resetUrl}
        </Link>
      </Text>
      <Text style={paragraph}>De link werkt 1 uur en maar één keer. Heb je dit niet gevraagd? Dan hoef je niets te doen: je wachtwoord blijft hetzelfde.</Text>
    </Layout>
  );
}

PasswordReset.PreviewProps = {
  name: 'Sanne de Vries',
  resetUrl: 'http://localhost:3000/wachtwoord-herstellen?token=voorbeeld',
} satisfies PasswordResetProps;
