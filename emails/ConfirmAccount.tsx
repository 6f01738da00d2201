import { Text } from '@react-email/components';
import { CallToAction, Greeting, Layout, paragraph } from './Layout';
import { useMailText, type MailText } from './locale';

export type ConfirmAccountProps = { name: string; organisation: string; confirmUrl: string };

const nl = {
  preview: 'Bevestig je aanmelding als Dordtpas-partner',
  thanks: (organisation: string) =>
    `Bedankt voor het aanmelden van ${organisation} als partner van Dordtpas. Bevestig je e-mailadres met de knop hieronder. Daarna kun je inloggen op het partnerportaal.`,
  cta: 'Account bevestigen',
  validity: 'De link werkt 48 uur en maar één keer. Heb je je niet aangemeld? Dan kun je deze e-mail negeren.',
};
const TEXT: MailText<typeof nl> = {
  nl,
  en: {
    preview: 'Confirm your registration as a Dordtpas partner',
    thanks: (organisation: string) =>
      `Thank you for registering ${organisation} as a Dordtpas partner. Please confirm your e-mail address with the button below. After that you can log in to the partner portal.`,
    cta: 'Confirm account',
    validity: 'The link works for 48 hours and only once. Did you not register? Then you can ignore this e-mail.',
  },
};

export default function ConfirmAccount({ name, organisation, confirmUrl }: ConfirmAccountProps) {
  const t = useMailText(TEXT);
  return (
    <Layout preview={t.preview}>
      <Greeting name={name} />
      <Text style={paragraph}>{t.thanks(organisation)}</Text>
      <CallToAction href={confirmUrl}>{t.cta}</CallToAction>
      <Text style={paragraph}>{t.validity}</Text>
    </Layout>
  );
}

ConfirmAccount.PreviewProps = {
  name: 'Sanne de Vries',
  organisation: 'Zwembad De Wielen',
  confirmUrl: 'http://localhost:3000/aanmelden/bevestigen?token=voorbeeld',
} satisfies ConfirmAccountProps;
