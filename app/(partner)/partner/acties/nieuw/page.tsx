import type { Metadata } from 'next';
import { PartnerPageTitle, PageMain } from '@/components/layout/SiteHeader';
import { Alert } from '@/components/ui/Alert';
import { portalText } from '@/lib/i18n/request';
import { requirePartner } from '@/lib/auth/session';
import { mayPropose } from '@/lib/discounts/service';
import { STEPS } from '@/lib/discounts/draft';
import { StartForm } from '../StartForm';

export async function generateMetadata(): Promise<Metadata> {
  const t = await portalText();
  return { title: t.app.portalPageTitle(t.discount.add) };
}

export default async function NewProposalPage() {
  const user = await requirePartner('/partner/acties/nieuw');
  const texts = await portalText();
  const t = texts.discount.intro;
  return (
    <PageMain>
      <PartnerPageTitle>{t.title}</PartnerPageTitle>
      {(await mayPropose(user)) ? (
        <section className="mt-4 max-w-2xl space-y-4 rounded-lg bg-white p-5">
          <p>{t.body}</p>
          <ol className="list-decimal space-y-1 pl-6">
            {STEPS.map((s) => (
              <li key={s.slug}>{texts.discount.steps[s.slug]}</li>
            ))}
          </ol>
          <p className="text-muted">{t.after}</p>
          <StartForm label={t.start} />
        </section>
      ) : (
        <div className="mt-4 max-w-2xl">
          <Alert kind="info">{t.notAllowed}</Alert>
        </div>
      )}
    </PageMain>
  );
}
