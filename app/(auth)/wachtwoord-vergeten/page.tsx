import type { Metadata } from 'next';
import { PageMain } from '@/components/layout/SiteHeader';
import { EmailLinkForm } from '@/components/ui/ActionForm';
import { portalText } from '@/lib/i18n/request';
import { requestResetAction } from '@/lib/accounts/actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await portalText()).reset.requestTitle };
}

export default async function ForgotPasswordPage() {
  const t = (await portalText()).reset;
  return (
    <PageMain narrow>
      <h1 className="text-3xl font-bold">{t.requestTitle}</h1>
      <p className="mt-3">{t.requestIntro}</p>
      <div className="max-w-md">
        <EmailLinkForm action={requestResetAction} submit={t.requestButton} />
      </div>
    </PageMain>
  );
}
