import { AsyncLocalStorage } from 'node:async_hooks';
import type { PortalLocale } from '@/lib/i18n/locales';

// The recipient's language (issue 21): lib/mail/outbox.ts renders every mail inside inMailLocale, in
// the language the recipient chose (User.locale). Not a React context: mails are rendered in server
// code, where Next.js offers no createContext; the render's own async work inherits this store.
// A template keeps its words for every language in one object typed with the Dutch ones, so a
// missing English text is a tsc error:
//
//   const nl = { preview: 'Je aanbod staat online', cta: 'Bekijk je aanbod' };
//   const TEXT: MailText<typeof nl> = { nl, en: { preview: 'Your offer is online', cta: 'See your offer' } };
//   …  const t = useMailText(TEXT);

// On globalThis: a script and the app's bundled code may each load their own copy of this module.
const holder = globalThis as unknown as { __dordtpasMailLocale?: AsyncLocalStorage<PortalLocale> };
const store = (holder.__dordtpasMailLocale ??= new AsyncLocalStorage<PortalLocale>());

/** The words of a template in every language a recipient can have. */
export type MailText<T> = Record<PortalLocale, T>;

/** Runs `render` with `locale` as the language of every template it renders. */
export function inMailLocale<T>(locale: PortalLocale, render: () => T): T {
  return store.run(locale, render);
}

/** The recipient's language (Dutch outside inMailLocale: the mail preview, a test rendering a template itself). */
export function useMailLocale(): PortalLocale {
  return store.getStore() ?? 'nl';
}

/** A template's words in the recipient's language. */
export function useMailText<T>(text: MailText<T>): T {
  return text[useMailLocale()];
}
