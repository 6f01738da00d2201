import Link from 'next/link';
import { portalText, requestLocale } from '@/lib/i18n/request';
import type { PortalMessages } from '@/lib/i18n/portal';
import { translateMessage } from '@/lib/i18n/translate';
import type { FieldErrors } from '@/lib/forms';
import { STEPS, type StepSlug } from '@/lib/discounts/draft';
import { tariffRows } from '@/lib/discounts/schema';
import { formatEuro, formatIsoDate, parseEuro } from '@/lib/i18n/format';
import { formatPhone } from '@/lib/i18n/phone';
import type { PhotoSources } from '@/lib/photos/service';
import { OrganisationPhoto } from '@/components/photo/OrganisationPhoto';
import { choiceInput, shownChoice } from '@/lib/locations/choice';
import type { LocationView } from '@/lib/locations/queries';

/** The locations the draft chose, by name: "Alle locaties", or the chosen ones of the partner's. */
function chosenText(draft: Record<string, string>, locations: LocationView[], texts: PortalMessages): string {
  const { mode, ids } = shownChoice(choiceInput(draft), locations);
  if (mode === 'all') return texts.offerLocations.all;
  return locations
    .filter((l) => ids.includes(l.id))
    .map((l) => l.name)
    .join(', ');
}

/** "Controleren en indienen": everything the partner filled in, per step, with what is still wrong. */
export async function Summary({
  offerId,
  draft,
  errors,
  photo,
  category,
  locations,
}: {
  offerId: string;
  draft: Record<string, string>;
  errors: Partial<Record<StepSlug, FieldErrors>>;
  photo: PhotoSources | null;
  category: string;
  /** The partner's locations; none: the address was typed. */
  locations: LocationView[];
}) {
  const texts = await portalText();
  const locale = await requestLocale();
  const t = texts.discount;
  const f = t.fields;
  const none = <span className="text-muted">{t.summary.none}</span>;
  const text = (value: string | undefined) => (value?.trim() ? <span className="whitespace-pre-line">{value}</span> : none);
  // Whether pass holders will see it, next to every contact detail.
  const publicText = (value: string | undefined, shown: string | undefined) =>
    value?.trim() ? (
      <>
        {text(value)} <span className="text-sm text-muted">({shown === 'on' ? f.publicYes : f.publicNo})</span>
      </>
    ) : (
      none
    );
  const bands = tariffRows(draft);
  // "3 tot en met 12 jaar", as the public page says it; what is not a number yet as it was typed.
  const ageRange = (min: string, max: string) =>
    /^\d+$/.test(min) && (!max || /^\d+$/.test(max)) ? t.page.ages(Number(min), max ? Number(max) : null) : `${min}–${max}`;
  const euro = (typed: string) => {
    const cents = parseEuro(typed);
    return cents === null ? typed || '?' : formatEuro(cents, locale);
  };
  const rows: Record<Exclude<StepSlug, 'indienen'>, [string, React.ReactNode][]> = {
    onderwerp: [[f.subject, text(draft.subject)]],
    looptijd: [
      [
        t.steps.looptijd,
        draft.validFrom && draft.validUntil
          ? t.summary.period(formatIsoDate(draft.validFrom, {}, locale), formatIsoDate(draft.validUntil, {}, locale))
          : none,
      ],
      [f.validityNote, text(draft.validityNote)],
    ],
    beschrijving: [
      [f.description, text(draft.description)],
      [f.editorsInfo, text(draft.editorsInfo)],
    ],
    foto: [
      [texts.offer.fields.photo, draft.photoId ? <OrganisationPhoto photo={photo} category={category} alt="" /> : t.summary.noPhoto],
      [f.tips, text(draft.tips)],
      [f.reservationRequired, draft.reservationRequired === 'on' ? t.summary.yes : t.summary.no],
    ],
    financieel: [
      [
        f.discountType,
        draft.discountType === 'PERCENT' ? (
          `${draft.percent || '?'}%`
        ) : draft.discountType === 'TARIFFS' ? (
          <ul>
            {bands.map((b, i) => (
              <li key={i}>
                {ageRange(b.minAge, b.maxAge)}: {euro(b.regular)} → {euro(b.pass)}
              </li>
            ))}
          </ul>
        ) : (
          none
        ),
      ],
      [f.usage, draft.usage === 'ONCE' ? f.once : draft.usage === 'REPEATED' ? f.repeated : none],
    ],
    contact: [
      [f.contactName, text(draft.contactName)],
      [texts.offer.fields.phone, publicText(draft.phone && formatPhone(draft.phone), draft.showPhone)],
      [texts.offer.fields.email, publicText(draft.email, draft.showEmail)],
      [texts.offer.fields.website, publicText(draft.website, draft.showWebsite)],
      locations.length
        ? [texts.offerLocations.field, chosenText(draft, locations, texts) || none]
        : [
            f.address,
            `${draft.street ?? ''} ${draft.houseNumber ?? ''}${draft.addition ? ` ${draft.addition}` : ''}, ${draft.postcode ?? ''} ${draft.city ?? ''}`,
          ],
    ],
  };
  return (
    <div className="space-y-5">
      <p>{t.summary.intro}</p>
      {STEPS.filter((s) => s.slug !== 'indienen').map((step) => {
        const slug = step.slug as Exclude<StepSlug, 'indienen'>;
        const stepErrors = errors[slug];
        // The checks' messages are lib's Dutch texts: said in the user's language.
        const messages = stepErrors
          ? [
              ...new Set(
                Object.values(stepErrors)
                  .flat()
                  .map((m) => translateMessage(m, locale)),
              ),
            ]
          : [];
        return (
          <section
            key={slug}
            aria-labelledby={`summary-${slug}`}
            className={`rounded-lg bg-white p-5 ${messages.length ? 'border-l-4 border-danger' : ''}`}
          >
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h2 id={`summary-${slug}`} className="text-xl font-bold">
                {t.steps[slug]}
              </h2>
              <Link href={`/partner/acties/${offerId}/${slug}`}>{t.summary.change(t.steps[slug])}</Link>
            </div>
            {messages.length ? (
              <div className="mt-2 text-danger">
                <p className="font-semibold">{t.summary.incomplete}</p>
                <ul className="list-disc pl-6">
                  {messages.map((m) => (
                    <li key={m}>{m}</li>
                  ))}
                </ul>
              </div>
            ) : null}
            <dl className="mt-3 space-y-3">
              {rows[slug].map(([label, value]) => (
                <div key={label}>
                  <dt className="text-sm font-semibold text-muted">{label}</dt>
                  <dd className="max-w-md">{value}</dd>
                </div>
              ))}
            </dl>
          </section>
        );
      })}
    </div>
  );
}
