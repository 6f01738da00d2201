import type { Metadata } from 'next';
import { PageMain } from '@/components/layout/SiteHeader';
import { requireEditor } from '@/lib/auth/session';
import { nl } from '@/lib/i18n/nl';
import { redirect } from 'next/navigation';
import { canonicalSearch, parseWorkspaceFilters } from '@/lib/workspace/filters';
import { workspaceOffers } from '@/lib/workspace/offers';
import { WorkspaceList } from '../WorkspaceList';

export const metadata: Metadata = { title: `${nl.workspace.offers.title} — redactie` };

const PATH = '/redactie/aanbod';

export default async function OffersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const editor = await requireEditor(PATH);
  const params = await searchParams;
  const canonical = canonicalSearch('offers', params);
  if (canonical !== null) redirect(`${PATH}${canonical}`);
  const filters = parseWorkspaceFilters('offers', params);
  const result = await workspaceOffers(editor, filters);
  const t = nl.workspace.offers;
  return (
    <PageMain wide>
      <WorkspaceList
        list="offers"
        path={PATH}
        title={t.title}
        intro={t.intro}
        empty={t.empty}
        filters={filters}
        result={result}
        // An action past its last day says so in its status; one online says until when.
        item={(r) => ({
          ...r,
          name: r.title || r.partner,
          sub: r.partner,
          validUntil: r.bucket === 'online' || r.bucket === 'loopt-af' ? r.validUntil : null,
        })}
      />
    </PageMain>
  );
}
