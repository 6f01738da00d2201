import type { Metadata } from 'next';
import { PageMain } from '@/components/layout/SiteHeader';
import { requireEditor } from '@/lib/auth/session';
import { nl } from '@/lib/i18n/nl';
import { redirect } from 'next/navigation';
import { canonicalSearch, parseWorkspaceFilters } from '@/lib/workspace/filters';
import { workspacePartners } from '@/lib/workspace/partners';
import { WorkspaceList } from '../WorkspaceList';

export const metadata: Metadata = { title: `${nl.workspace.partners.title} — redactie` };

const PATH = '/redactie/partners';

export default async function PartnersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const editor = await requireEditor(PATH);
  const params = await searchParams;
  const canonical = canonicalSearch('partners', params);
  if (canonical !== null) redirect(`${PATH}${canonical}`);
  const filters = parseWorkspaceFilters('partners', params);
  const result = await workspacePartners(editor, filters);
  const t = nl.workspace.partners;
  return (
    <PageMain wide>
      <WorkspaceList
        list="partners"
        path={PATH}
        title={t.title}
        intro={t.intro}
        empty={t.empty}
        filters={filters}
        result={result}
        item={(r) => ({ ...r, sub: r.legalName })}
      />
    </PageMain>
  );
}
