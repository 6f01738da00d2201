import { Link, Text } from '@react-email/components';
import { CallToAction, Greeting, Layout, paragraph } from './Layout';
import { useMailText, type MailText } from './locale';

// Sent instead of a second account: the registration form answers the same whether or not the
// address already has one, so that nobody can use it to find out who is a partner.
export type AccountExistsProps = { name: string; username: string; loginUrl: string; forgotUrl: string };

const nl = {
  preview: 'Je hebt al een Dordtpas-account',
  exists:
    'Iemand heeft zich net met dit e-mailadres aangemeld als Dordtpas-partner. Maar er is al een account met dit e-mailadres. Er is daarom geen nieuw account gemaakt.',
  username: (username: string) => `Je gebruikersnaam is: ${username}. Log in met de knop hieronder.`,
  cta: 'Inloggen',
  forgot: 'Weet je je wachtwoord niet meer?',
  forgotLink: 'Vraag een nieuw wachtwoord aan',
  notYou: 'Heb jij je niet aangemeld? Dan hoef je niets te doen. Je account blijft zoals het is.',
};
const TEXT: MailText<typeof nl> = {
  nl,
  en: {
    preview: 'You already have a Dordtpas account',
    exists:
      'Someone has just registered as a Dordtpas partner with this e-mail address. But there is already an account with this e-mail address. So no new account has been made.',
    username: (username: string) => `Your username is: ${username}. Log in with the button below.`,
    cta: 'Log in',
    forgot: 'Have you forgotten your password?',
    forgotLink: 'Ask for a new password',
    notYou: 'Did you not register? Then you do not need to do anything. Your account stays as it is.',
  },
};

export default function AccountExists({ name, username, loginUrl, forgotUrl }: AccountExistsProps) {
  const t = useMailText(TEXT);
  return (
    <Layout preview={t.preview}>
      <Greeting name={name} />
      <Text style={paragraph}>{t.exists}</Text>
      <Text style={paragraph}>{t.username(username)}</Text>
      <CallToAction href={loginUrl}>{t.cta}</CallToAction>
      <Text style={paragraph}>
        {t.forgot} <Link href={forgotUrl}>{t.forgotLink}</Link>.
      </Text>
      <Text style={paragraph}>{t.notYou}</Text>
    </Layout>
  );
}

AccountExists.PreviewProps = {
  name: 'Sanne de Vries',
  username: 'fietsenmakerjansen',
  loginUrl: 'http://localhost:3000/inloggen',
  forgotUrl: 'http://localhost:3000/wachtwoord-vergeten',
} satisfies AccountExistsProps;
