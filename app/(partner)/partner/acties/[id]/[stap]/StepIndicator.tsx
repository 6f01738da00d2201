import Link from 'next/link';
import { portalText } from '@/lib/i18n/request';
import { STEPS, type StepSlug } from '@/lib/discounts/draft';

/**
 * Where the partner is: "Stap 3 van 7" and every step as a link (any step can be opened; the
 * summary shows what is missing). On a phone the list wraps into compact numbered chips.
 */
export async function StepIndicator({ offerId, current, done }: { offerId: string; current: StepSlug; done: StepSlug[] }) {
  const t = (await portalText()).discount;
  return (
    <nav aria-label={t.stepsLabel} className="mt-4">
      <ol className="flex flex-wrap gap-2">
        {STEPS.map((step, i) => {
          const here = step.slug === current;
          // Ticked only when saved and valid; the summary has no state of its own.
          const status = step.slug === 'indienen' ? null : done.includes(step.slug) ? 'done' : 'todo';
          // On a phone only the numbers (the heading names the step); from sm on, the names too.
          const label = (
            <>
              {i + 1}
              <span className="sr-only sm:not-sr-only">. {t.steps[step.slug]}</span>
            </>
          );
          const base = 'flex min-h-11 min-w-11 items-center justify-center rounded-full border-2 px-3 text-sm font-semibold no-underline';
          return (
            <li key={step.slug}>
              {here ? (
                <span aria-current="step" className={`${base} border-brand bg-brand text-white`}>
                  {label}
                </span>
              ) : (
                <Link
                  href={`/partner/acties/${offerId}/${step.slug}`}
                  data-wizard-link
                  className={`${base} border-line/50 bg-white text-ink hover:border-brand`}
                >
                  {label}
                  {status ? <span className="sr-only"> ({status === 'done' ? t.stepDone : t.stepTodo})</span> : null}
                  {status === 'done' ? (
                    <span aria-hidden="true" className="ml-1 text-ok">
                      ✓
                    </span>
                  ) : null}
                </Link>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
