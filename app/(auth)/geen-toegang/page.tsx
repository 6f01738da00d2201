import type { Metadata } from 'next';
import Link from 'next/link';
import { PageMain } from '@/components/layout/SiteHeader';
import { portalText } from '@/lib/i18n/request';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await portalText()).app.noAccessTitle };
}

export default async function NoAccessPage() {
  const t = await portalText();
  return (
    <PageMain narrow>
      <h1 className="text-3xl font-bold">{t.app.noAccessTitle}</h1>
      <p className="mt-4">{t.app.noAccess}</p>
      <p className="mt-4">
        <Link href="/">{t.app.toStart}</Link>
      </p>
    </PageMain>
  );
}
