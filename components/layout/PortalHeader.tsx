import Link from 'next/link';
import { nl } from '@/lib/i18n/nl';
import { logoutAction } from '@/lib/accounts/actions';
import { SiteHeader, headerLinkClass } from './SiteHeader';

/** Header of the partner portal and the editor area: home link, the role's other pages, who is logged in, log out. */
export function PortalHeader({
  subtitle,
  home,
  homeLabel = nl.nav.home,
  userName,
  wide,
  links = [],
}: {
  subtitle: string;
  home: string;
  /** The home link's text: "Home" unless the area calls its home otherwise. */
  homeLabel?: string;
  userName: string;
  wide?: boolean;
  links?: { href: string; label: string }[];
}) {
  return (
    <SiteHeader subtitle={subtitle} wide={wide}>
      <Link href={home} className={headerLinkClass}>
        {homeLabel}
      </Link>
      {links.map((l) => (
        <Link key={l.href} href={l.href} className={headerLinkClass}>
          {l.label}
        </Link>
      ))}
      <span className="text-sm" aria-label="Ingelogd als">
        {userName}
      </span>
      <form action={logoutAction}>
        <button
          type="submit"
          className="rounded-md border-2 border-white px-3 py-1 font-semibold text-white hover:bg-white hover:text-brand"
        >
          {nl.nav.logout}
        </button>
      </form>
    </SiteHeader>
  );
}
