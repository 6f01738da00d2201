import type { MailText } from './locale';

/** What every invitation mail says below its first line (a colleague's, an editor's), in each language. */
export const INVITATION: MailText<{ how: string; unexpected: string; cta: string }> = {
  nl: {
    how: 'Klik op de knop en kies een gebruikersnaam en een wachtwoord. De link werkt één keer en 7 dagen lang.',
    unexpected: 'Verwacht je deze uitnodiging niet? Dan kun je deze e-mail negeren.',
    cta: 'Account aanmaken',
  },
  en: {
    how: 'Click the button and choose a username and a password. The link works only once and for 7 days.',
    unexpected: 'Were you not expecting this invitation? Then you can ignore this e-mail.',
    cta: 'Create account',
  },
};
