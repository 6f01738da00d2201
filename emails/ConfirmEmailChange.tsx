import { Notice } from './Layout';

export type ConfirmEmailChangeProps = { name: string; confirmUrl: string };

/** To the new address: its owner presses the link's button, and only then does the account's address change. */
export default function ConfirmEmailChange({ name, confirmUrl }: ConfirmEmailChangeProps) {
  return (
    <Notice
      preview="Bevestig je nieuwe e-mailadres voor Dordtpas"
      name={name}
      paragraphs={[
        'Je hebt gevraagd om de berichten van Dordtpas voortaan op dit e-mailadres te krijgen. Bevestig dit met de knop hieronder. Daarna log je ook in met dit adres.',
        'De link werkt 48 uur en maar één keer. Heb je dit niet gevraagd? Dan kun je deze e-mail negeren: er verandert niets.',
      ]}
      cta={{ href: confirmUrl, label: 'Nieuw e-mailadres bevestigen' }}
    />
  );
}

ConfirmEmailChange.PreviewProps = {
  name: 'Sanne de Vries',
  confirmUrl: 'http://localhost:3000/e-mailadres-bevestigen?token=voorbeeld',
} satisfies ConfirmEmailChangeProps;
