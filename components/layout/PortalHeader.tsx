import Link from 'next/link';
import { portalText, requestLocale } from '@/lib/i18n/request';
import { logoutAction } from '@/lib/accounts/actions';
import type { FormState } from '@/lib/forms';
import { HeaderLanguage } from '@/components/account/HeaderLanguage';
import { SiteHeader, headerLinkClass } from './SiteHeader';

/** Header of the partner portal and the editor area: home link, the role's other pages, who is logged in, log out. */
export async function PortalHeader({
  subtitle,
  home,
  homeLabel,
  userName,
  wide,
  links = [],
  languageAction,
}: {
  subtitle: string;
  home: string;
  /** The home link's text: "Home" unless the area calls its home otherwise. */
  homeLabel?: string;
  userName: string;
  wide?: boolean;
  links?: { href: string; label: string }[];
  /** The account's language action (the partner's or the editor's): the other language is a button here. */
  languageAction: (state: FormState, form: FormData) => Promise<FormState>;
}) {
  const t = await portalText();
  const locale = await requestLocale();
  // The menu's name in the portal's language; the Dordtpas name leads to the public site in it.
  return (
    <SiteHeader subtitle={subtitle} wide={wide} locale={locale}>
      <Link href={home} className={headerLinkClass}>
        {homeLabel ?? t.nav.home}
      </Link>
      {links.map((l) => (
        <Link key={l.href} href={l.href} className={headerLinkClass}>
          {l.label}
        </Link>
      ))}
      <HeaderLanguage locale={locale} action={languageAction} />
      <span className="text-sm" aria-label={t.nav.loggedInAs}>
        {userName}
      </span>
      <form action={logoutAction}>
        <button
          type="submit"
          className="rounded-md border-2 border-white px-3 py-1 font-semibold text-white hover:bg-white hover:text-brand"
        >
          {t.nav.logout}
        </button>
      </form>
    </SiteHeader>
  );
}
