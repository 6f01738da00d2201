import { redirect } from 'next/navigation';
import { PageMain } from '@/components/layout/SiteHeader';
import { requireEditor } from '@/lib/auth/session';
import { portalText } from '@/lib/i18n/request';
import { canonicalSearch, parseWorkspaceFilters, type ListKind } from '@/lib/workspace/filters';
import { workspaceOffers } from '@/lib/workspace/offers';
import { workspacePartners } from '@/lib/workspace/partners';
import { WorkspaceList } from './WorkspaceList';

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export const WORKSPACE_PATHS: Record<ListKind, string> = { partners: '/redactie/partners', offers: '/redactie/aanbod' };

/** One of the workspace's lists as a page: the editor only, the URL in its short form, one page of rows. */
export async function WorkspacePage({ list, searchParams }: { list: ListKind; searchParams: SearchParams }) {
  const path = WORKSPACE_PATHS[list];
  const editor = await requireEditor(path);
  const params = await searchParams;
  const canonical = canonicalSearch(list, params);
  if (canonical !== null) redirect(`${path}${canonical}`);
  const filters = parseWorkspaceFilters(list, params);
  const t = (await portalText()).workspace[list];
  const common = { path, title: t.title, intro: t.intro, empty: t.empty, filters };
  return (
    <PageMain wide>
      {list === 'partners' ? (
        <WorkspaceList
          {...common}
          list={list}
          result={await workspacePartners(editor, filters)}
          item={(r) => ({ ...r, sub: r.legalName })}
        />
      ) : (
        <WorkspaceList
          {...common}
          list={list}
          result={await workspaceOffers(editor, filters)}
          // An action past its last day says so in its status; one online says until when.
          item={(r) => ({
            ...r,
            name: r.title || r.partner,
            sub: r.partner,
            validUntil: r.bucket === 'online' || r.bucket === 'loopt-af' ? r.validUntil : null,
          })}
        />
      )}
    </PageMain>
  );
}
