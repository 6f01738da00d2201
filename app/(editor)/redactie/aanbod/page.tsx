import type { Metadata } from 'next';
import { portalText } from '@/lib/i18n/request';
import { WorkspacePage, type SearchParams } from '../WorkspacePage';

export async function generateMetadata(): Promise<Metadata> {
  const t = await portalText();
  return { title: t.workspace.pageTitle(t.workspace.offers.title) };
}

export default function OffersPage({ searchParams }: { searchParams: SearchParams }) {
  return <WorkspacePage list="offers" searchParams={searchParams} />;
}
