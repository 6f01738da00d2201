import type { Metadata } from 'next';
import Link from 'next/link';
import { PageMain } from '@/components/layout/SiteHeader';
import { portalText } from '@/lib/i18n/request';
import { requireEditorAdmin } from '@/lib/auth/session';

export async function generateMetadata(): Promise<Metadata> {
  const t = await portalText();
  return { title: t.editors.adminHome.pageTitle };
}

/** "Beheer": the editors' beheerder's pages (issue 18); any other editor gets the no-access page. */
export default async function EditorAdminPage() {
  await requireEditorAdmin('/redactie/beheer');
  const t = (await portalText()).editors.adminHome;
  const pages = [
    { href: '/redactie/beheer/redacteuren', title: t.editors, help: t.editorsHelp },
    { href: '/redactie/beheer/logboek', title: t.log, help: t.logHelp },
  ];
  return (
    <PageMain wide>
      <h1 className="text-3xl font-bold">{t.title}</h1>
      <p className="mt-2">{t.intro}</p>
      <ul className="mt-6 grid gap-4 sm:grid-cols-2">
        {pages.map((p) => (
          <li key={p.href} className="rounded-lg bg-white p-5">
            <p className="text-lg font-semibold">
              <Link href={p.href}>{p.title}</Link>
            </p>
            <p className="mt-1 text-muted">{p.help}</p>
          </li>
        ))}
      </ul>
    </PageMain>
  );
}
