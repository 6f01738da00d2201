import { Button, Text } from '@react-email/components';
import { Greeting, Layout, button, paragraph } from './Layout';
import { useMailText, type MailText } from './locale';

export type AccountConfirmedProps = { name: string; username: string; loginUrl: string };

const nl = {
  preview: 'Je Dordtpas-account is bevestigd',
  confirmed: (username: string) => (
    <>
      Je account is bevestigd. Je kunt nu inloggen op het partnerportaal met je gebruikersnaam <strong>{username}</strong>.
    </>
  ),
  next: 'De redactie van Dordtpas bekijkt je aanmelding en schrijft de tekst voor de website. Binnen enkele dagen krijg je een e-mail met het verzoek die tekst goed te keuren.',
  cta: 'Inloggen',
};
const TEXT: MailText<typeof nl> = {
  nl,
  en: {
    preview: 'Your Dordtpas account is confirmed',
    confirmed: (username: string) => (
      <>
        Your account is confirmed. You can now log in to the partner portal with your username <strong>{username}</strong>.
      </>
    ),
    next: 'The Dordtpas editors will look at your registration and write the text for the website. Within a few days you will get an e-mail asking you to approve that text.',
    cta: 'Log in',
  },
};

export default function AccountConfirmed({ name, username, loginUrl }: AccountConfirmedProps) {
  const t = useMailText(TEXT);
  return (
    <Layout preview={t.preview}>
      <Greeting name={name} />
      <Text style={paragraph}>{t.confirmed(username)}</Text>
      <Text style={paragraph}>{t.next}</Text>
      <Button href={loginUrl} style={button}>
        {t.cta}
      </Button>
    </Layout>
  );
}

AccountConfirmed.PreviewProps = {
  name: 'Sanne de Vries',
  username: 'dewielen',
  loginUrl: 'http://localhost:3000/inloggen',
} satisfies AccountConfirmedProps;
