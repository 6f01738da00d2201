import { Button, Text } from '@react-email/components';
import { Layout, button, paragraph } from './Layout';

export type AccountConfirmedProps = { name: string; username: string; loginUrl: string };

export default function AccountConfirmed({ name, username, loginUrl }: AccountConfirmedProps) {
  return (
    <Layout preview="Je Dordtpas-account is bevestigd">
      <Text style={paragraph}>Beste {name},</Text>
      <Text style={paragraph}>
        Je account is bevestigd. Je kunt nu inloggen op het partnerportaal met je gebruikersnaam <strong>{username}</strong>.
      </Text>
      <Text style={paragraph}>
        De redactie van Dordtpas bekijkt je aanmelding en schrijft de tekst voor de website. Binnen enkele dagen krijg je een e-mail met het
        verzoek die tekst goed te keuren.
      </Text>
      <Button href={loginUrl} style={button}>
        Inloggen
      </Button>
    </Layout>
  );
}

AccountConfirmed.PreviewProps = {
  name: 'Sanne de Vries',
  username: 'dewielen',
  loginUrl: 'http://localhost:3000/inloggen',
} satisfies AccountConfirmedProps;
