import Link from 'next/link';
import type { ReactNode } from 'react';
import { portalText } from '@/lib/i18n/request';
import { PORTAL_LOCALES, PUBLIC_LOCALES, LOCALES, localePath, type Locale, type PortalLocale } from '@/lib/i18n/locales';
import { isPortalLocale } from '@/lib/i18n/portal';
import { publicMessages } from '@/lib/i18n/messages';

/** The bar on top of every page: the Dordtpas name, and whatever the section puts beside it. */
/** `wide`: as wide as the pages below it (the editors' area, see PageMain). */
export function SiteHeader({
  subtitle,
  children,
  wide,
  locale = 'nl',
}: {
  subtitle?: string;
  children?: ReactNode;
  wide?: boolean;
  locale?: Locale;
}) {
  return (
    <header className="bg-brand text-white">
      <div className={`mx-auto flex flex-wrap items-center justify-between gap-3 px-4 py-3 ${wide ? 'max-w-7xl' : 'max-w-5xl'}`}>
        <a href={localePath(locale, '/')} className="text-xl font-bold text-white no-underline hover:text-white">
          Dordtpas
          {subtitle ? <span className="ms-2 text-base font-normal">{subtitle}</span> : null}
        </a>
        {children ? (
          <nav aria-label={publicMessages(locale).site.mainMenu} className="flex flex-wrap items-center gap-3">
            {children}
          </nav>
        ) : null}
      </div>
    </header>
  );
}

export { PageMain } from './PageMain';

/** The way back to the partner's Home, above a page's heading. */
export async function BackHome() {
  const t = await portalText();
  return (
    <p>
      <Link href="/partner">← {t.nav.home}</Link>
    </p>
  );
}

/** A partner page's heading with the way back to Home above it. */
export function PartnerPageTitle({ children }: { children: ReactNode }) {
  return (
    <>
      <BackHome />
      <h1 className="mt-2 text-3xl font-bold">{children}</h1>
    </>
  );
}

export function SiteFooter({ locale = 'nl' }: { locale?: Locale }) {
  const t = publicMessages(locale).site;
  return (
    <footer className="mt-12 border-t border-line/40 px-4 py-6 text-center text-sm text-muted">
      <p>{t.footer}</p>
      <p className="mt-2">
        {/* The statement is in Dutch (the government's model); hreflang tells the browser before it goes there. */}
        <a href="/toegankelijkheid" hrefLang={locale === 'nl' ? undefined : 'nl'} className="underline underline-offset-4">
          {t.accessibility}
        </a>
      </p>
    </footer>
  );
}

/**
 * The same page in every language: plain links (no client JavaScript), each name in its own language
 * and marked with it, so a reader who cannot read the current page still finds theirs. `path` is the
 * page's Dutch path with its query (`/aanbod/x`, `/?categorie=sport`).
 */
export function LanguageSwitch({ locale, path }: { locale: Locale; path: string }) {
  return <LanguageLinks locale={locale} locales={PUBLIC_LOCALES} href={(l) => localePath(l, path)} />;
}

/**
 * A text as HTML of ASCII characters only: `&`, `<`, `>`, `"` and every other character as a character
 * reference (العربية as &#x627;&#x644;…; the browser shows the same). This row is on every public page,
 * and one Arabic or Ukrainian letter makes V8 hold the whole cached page as two bytes a character,
 * counted and encoded again on every request; an ASCII page goes out as it is (ADR 0041).
 */
export function characterReferences(text: string): string {
  return text.replace(/[&<>"]|[^\x20-\x7e]/gu, (c) => `&#x${c.codePointAt(0)!.toString(16)};`);
}

/** The row of language links above the header: each name in its own language, the current one marked. */
function LanguageLinks<L extends Locale>({ locale, locales, href }: { locale: Locale; locales: readonly L[]; href: (l: L) => string }) {
  return (
    <nav aria-label={publicMessages(locale).site.languages} className="bg-brand-dark text-white">
      <ul className="mx-auto flex max-w-5xl flex-wrap gap-x-4 gap-y-1 px-4 py-2 text-sm">
        {locales.map((l) => (
          <li key={l}>
            <a
              href={href(l)}
              lang={l}
              hrefLang={l}
              dir={LOCALES[l].dir}
              aria-current={l === locale ? 'true' : undefined}
              className={`inline-flex min-h-8 items-center text-white underline-offset-4 hover:text-white ${l === locale ? 'font-bold no-underline' : ''}`}
              dangerouslySetInnerHTML={{ __html: characterReferences(LOCALES[l].name) }}
            />
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * A public page with its header, language switch and footer. The header's links go to the partners'
 * pages, in English from an English page. Without `path` there is no switch of the public site's
 * languages; registration and logging in (`portal`) have their own (Dutch and English).
 */
export function PublicShell({
  locale,
  path,
  portal,
  children,
}: {
  locale: Locale;
  path?: string;
  /** Registration and logging in (Dutch and English): their own switch, which keeps the choice in a cookie. */
  portal?: boolean;
  children: ReactNode;
}) {
  const t = publicMessages(locale).site;
  // The partners' pages are in Dutch and English: an English page links to them in English.
  const partnerLocale = isPortalLocale(locale) ? locale : 'nl';
  const partnerPage = (to: string) => (portal || partnerLocale === 'nl' ? to : portalLanguageHref(partnerLocale, to));
  const otherLanguage = partnerLocale === locale ? undefined : partnerLocale;
  return (
    <>
      {path !== undefined ? <LanguageSwitch locale={locale} path={path} /> : null}
      {portal ? <PortalLanguageSwitch locale={partnerLocale} /> : null}
      <SiteHeader locale={locale}>
        <a href={partnerPage('/aanmelden')} hrefLang={otherLanguage} className={headerLinkClass}>
          {t.register}
        </a>
        <a href={partnerPage('/inloggen')} hrefLang={otherLanguage} className={headerLinkClass}>
          {t.login}
        </a>
      </SiteHeader>
      {children}
      <SiteFooter locale={locale} />
    </>
  );
}

/** The link that chooses a portal language before logging in (app/taal/[taal]/route.ts), back to `to`. */
export function portalLanguageHref(locale: PortalLocale, to?: string): string {
  return `/taal/${locale}${to ? `?terug=${encodeURIComponent(to)}` : ''}`;
}

/**
 * Dutch or English on the pages before logging in: plain links that keep the choice in a cookie and
 * come back to the page they were pressed on. After logging in, the account's own choice counts.
 */
function PortalLanguageSwitch({ locale }: { locale: PortalLocale }) {
  return <LanguageLinks locale={locale} locales={PORTAL_LOCALES} href={(l) => portalLanguageHref(l)} />;
}

export const headerLinkClass = 'text-white underline-offset-4 hover:text-white';
