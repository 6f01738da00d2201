import { Notice } from './Layout';
import { useMailText, type MailText } from './locale';

export type ConfirmEmailChangeProps = { name: string; confirmUrl: string };

const nl = {
  preview: 'Bevestig je nieuwe e-mailadres voor Dordtpas',
  asked:
    'Je hebt gevraagd om de berichten van Dordtpas voortaan op dit e-mailadres te krijgen. Bevestig dit met de knop hieronder. Daarna log je ook in met dit adres.',
  validity: 'De link werkt 48 uur en maar één keer. Heb je dit niet gevraagd? Dan kun je deze e-mail negeren: er verandert niets.',
  cta: 'Nieuw e-mailadres bevestigen',
};
const TEXT: MailText<typeof nl> = {
  nl,
  en: {
    preview: 'Confirm your new e-mail address for Dordtpas',
    asked:
      'You have asked to get the messages from Dordtpas at this e-mail address from now on. Please confirm this with the button below. After that you also log in with this address.',
    validity: 'The link works for 48 hours and only once. Did you not ask for this? Then you can ignore this e-mail: nothing will change.',
    cta: 'Confirm new e-mail address',
  },
};

/** To the new address: its owner presses the link's button, and only then does the account's address change. */
export default function ConfirmEmailChange({ name, confirmUrl }: ConfirmEmailChangeProps) {
  const t = useMailText(TEXT);
  return <Notice preview={t.preview} name={name} paragraphs={[t.asked, t.validity]} cta={{ href: confirmUrl, label: t.cta }} />;
}

ConfirmEmailChange.PreviewProps = {
  name: 'Sanne de Vries',
  confirmUrl: 'http://localhost:3000/e-mailadres-bevestigen?token=voorbeeld',
} satisfies ConfirmEmailChangeProps;
