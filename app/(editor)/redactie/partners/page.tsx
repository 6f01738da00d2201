import type { Metadata } from 'next';
import { portalText } from '@/lib/i18n/request';
import { WorkspacePage, type SearchParams } from '../WorkspacePage';

export async function generateMetadata(): Promise<Metadata> {
  const t = await portalText();
  return { title: t.workspace.pageTitle(t.workspace.partners.title) };
}

export default function PartnersPage({ searchParams }: { searchParams: SearchParams }) {
  return <WorkspacePage list="partners" searchParams={searchParams} />;
}
