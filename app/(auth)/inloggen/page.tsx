import type { Metadata } from 'next';
import Link from 'next/link';
import { PageMain } from '@/components/layout/SiteHeader';
import { Alert } from '@/components/ui/Alert';
import { ActionForm } from '@/components/ui/ActionForm';
import { portalText } from '@/lib/i18n/request';
import { loginAction } from '@/lib/accounts/actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await portalText()).login.title };
}

type Search = {
  volgende?: string;
  uitgelogd?: string;
  bevestigd?: string;
  wachtwoord?: string;
  nieuwadres?: string;
  uitgenodigd?: string;
  beeindigd?: string;
};

export default async function LoginPage({ searchParams }: { searchParams: Promise<Search> }) {
  const q = await searchParams;
  const messages = await portalText();
  const t = messages.login;
  // What the link or action that led here did, by its query parameter; the first one present.
  const notices: [keyof Search, string][] = [
    ['bevestigd', t.confirmed],
    ['wachtwoord', t.passwordChanged],
    ['nieuwadres', messages.ownData.email.changed],
    ['uitgenodigd', messages.colleagues.accept.done],
    ['uitgelogd', t.loggedOut],
  ];
  const notice = notices.find(([key]) => q[key])?.[1] ?? null;
  return (
    <PageMain narrow>
      <h1 className="text-3xl font-bold">{t.title}</h1>
      <p className="mt-3">{t.intro}</p>
      {notice ? (
        <div className="mt-4">
          <Alert kind="success">{notice}</Alert>
        </div>
      ) : null}
      {q.beeindigd ? (
        // After "Samenwerking beëindigen" (ADR 0024): the session has ended with it.
        <div className="mt-4">
          <Alert kind="info">{messages.close.done}</Alert>
        </div>
      ) : null}
      <div className="max-w-md">
        <ActionForm
          action={loginAction}
          hidden={typeof q.volgende === 'string' ? { volgende: q.volgende } : {}}
          fields={[
            { name: 'identifier', label: t.identifier, autoComplete: 'username' },
            { name: 'password', label: t.password, type: 'password', autoComplete: 'current-password' },
          ]}
          submit={t.submit}
          pending={t.submitting}
        />
      </div>
      <ul className="mt-6 space-y-2">
        <li>
          <Link href="/wachtwoord-vergeten">{t.forgot}</Link>
        </li>
        <li>
          <Link href="/aanmelden">{t.register}</Link>
        </li>
      </ul>
    </PageMain>
  );
}
