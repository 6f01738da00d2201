import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { BackHome, PageMain } from '@/components/layout/SiteHeader';
import { portalText } from '@/lib/i18n/request';
import { requirePartner } from '@/lib/auth/session';
import { partnerOffer } from '@/lib/offers/queries';
import { onlineTitle } from '@/lib/offers/change';
import { Alert } from '@/components/ui/Alert';
import { photoSources } from '@/lib/photos/service';
import { STEP_SLUGS, doneSteps, draftErrorsByStep, type StepSlug } from '@/lib/discounts/draft';
import { StepIndicator } from './StepIndicator';
import { WizardForm } from './WizardForm';
import { Summary } from './Summary';
import { DeleteForm, SubmitForm } from './SubmitForm';
import { locationsOf } from '@/lib/locations/queries';

type Params = { params: Promise<{ id: string; stap: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { stap } = await params;
  const t = (await portalText()).discount;
  return { title: t.pageTitle(t.steps[stap] ?? t.add) };
}

export default async function ProposalStepPage({ params }: Params) {
  const { id, stap } = await params;
  const user = await requirePartner(`/partner/acties/${id}/${stap}`);
  if (!(STEP_SLUGS as readonly string[]).includes(stap)) notFound();
  const step = stap as StepSlug;
  // Only the partner's own organisation's proposal; another one's id is not found, nor one whose draft cannot be read.
  const offer = await partnerOffer(user.organisationId, id);
  if (!offer || offer.kind !== 'DISCOUNT_ACTION') notFound();
  if (offer.status !== 'PROPOSAL') redirect('/partner');
  const { draft } = offer.content;
  // The partner's locations: the contact step chooses among them.
  const locations = await locationsOf(user.organisationId);
  const errors = draftErrorsByStep(draft, undefined, locations);
  const index = STEP_SLUGS.indexOf(step);
  const texts = await portalText();
  const t = texts.discount;
  const photo = offer.photo ? photoSources(offer.photo) : null;
  const category = offer.organisation.category;
  // A change of a published action says what it changes, and that the online version stays until approved.
  const changeOf = offer.changeOfId ? await onlineTitle(user.organisationId, offer.changeOfId) : null;
  return (
    <PageMain>
      <BackHome />
      <p className="mt-4 text-sm font-semibold uppercase tracking-wide text-brand">
        {changeOf ? texts.offer.change.draftLabel(changeOf) : `${t.add}${draft.subject ? `: ${draft.subject}` : ''}`}
      </p>
      <h1 className="text-3xl font-bold">
        <span className="block text-base font-semibold text-muted">{t.stepOf(index + 1, STEP_SLUGS.length)}</span>
        {t.steps[step]}
      </h1>
      <StepIndicator offerId={offer.id} current={step} done={doneSteps(draft, undefined, locations)} />
      {changeOf ? (
        <div className="mt-4 max-w-2xl">
          <Alert kind="info">{texts.offer.change.wizardNote(changeOf)}</Alert>
        </div>
      ) : null}
      <div className="mt-6 max-w-2xl">
        {step === 'indienen' ? (
          <div className="space-y-6">
            <Summary offerId={offer.id} draft={draft} errors={errors} photo={photo} category={category} locations={locations} />
            <section aria-label={t.summary.submit} className="rounded-lg bg-white p-5">
              <SubmitForm offerId={offer.id} version={offer.version} ready={Object.keys(errors).length === 0} change={Boolean(changeOf)} />
            </section>
            <DeleteForm offerId={offer.id} />
          </div>
        ) : (
          <section className="rounded-lg bg-white p-5">
            <WizardForm
              offerId={offer.id}
              version={offer.version}
              step={step}
              draft={draft}
              photo={photo}
              category={category}
              locations={locations}
            />
          </section>
        )}
      </div>
    </PageMain>
  );
}
