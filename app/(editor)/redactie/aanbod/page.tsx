import type { Metadata } from 'next';
import { nl } from '@/lib/i18n/nl';
import { WorkspacePage, type SearchParams } from '../WorkspacePage';

export const metadata: Metadata = { title: `${nl.workspace.offers.title} — redactie` };

export default function OffersPage({ searchParams }: { searchParams: SearchParams }) {
  return <WorkspacePage list="offers" searchParams={searchParams} />;
}
