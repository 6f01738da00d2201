import { Link, Text } from '@react-email/components';
import { CallToAction, Layout, paragraph } from './Layout';

// Sent instead of a second account: the registration form answers the same whether or not the
// address already has one, so that nobody can use it to find out who is a partner.
export type AccountExistsProps = { name: string; username: string; loginUrl: string; forgotUrl: string };

export default function AccountExists({ name, username, loginUrl, forgotUrl }: AccountExistsProps) {
  return (
    <Layout preview="Je hebt al een Dordtpas-account">
      <Text style={paragraph}>Beste {name},</Text>
      <Text style={paragraph}>
        Iemand heeft zich net met dit e-mailadres aangemeld als Dordtpas-partner. Maar er is al een account met dit e-mailadres. Er is
        daarom geen nieuw account gemaakt.
      </Text>
      <Text style={paragraph}>Je gebruikersnaam is: {username}. Log in met de knop hieronder.</Text>
      <CallToAction href={loginUrl}>Inloggen</CallToAction>
      <Text style={paragraph}>
        Weet je je wachtwoord niet meer? <Link href={forgotUrl}>Vraag een nieuw wachtwoord aan</Link>.
      </Text>
      <Text style={paragraph}>Heb jij je niet aangemeld? Dan hoef je niets te doen. Je account blijft zoals het is.</Text>
    </Layout>
  );
}

AccountExists.PreviewProps = {
  name: 'Sanne de Vries',
  username: 'fietsenmakerjansen',
  loginUrl: 'http://localhost:3000/inloggen',
  forgotUrl: 'http://localhost:3000/wachtwoord-vergeten',
} satisfies AccountExistsProps;
