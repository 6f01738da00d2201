import { Text } from '@react-email/components';
import { CallToAction, Layout, paragraph } from './Layout';

export type ConfirmAccountProps = { name: string; organisation: string; confirmUrl: string };

export default function ConfirmAccount({ name, organisation, confirmUrl }: ConfirmAccountProps) {
  return (
    <Layout preview="Bevestig je aanmelding als Dordtpas-partner">
      <Text style={paragraph}>Beste {name},</Text>
      <Text style={paragraph}>
        Bedankt voor het aanmelden van {organisation} als partner van Dordtpas. Bevestig je e-mailadres met de knop hieronder. Daarna kun je
        inloggen op het partnerportaal.
      </Text>
      <CallToAction href={confirmUrl}>Account bevestigen</CallToAction>
      <Text style={paragraph}>De link werkt 48 uur en maar één keer. Heb je je niet aangemeld? Dan kun je deze e-mail negeren.</Text>
    </Layout>
  );
}

ConfirmAccount.PreviewProps = {
  name: 'Sanne de Vries',
  organisation: 'Zwembad De Wielen',
  confirmUrl: 'http://localhost:3000/aanmelden/bevestigen?token=voorbeeld',
} satisfies ConfirmAccountProps;
