import type { Metadata } from 'next';
import { nl } from '@/lib/i18n/nl';
import { WorkspacePage, type SearchParams } from '../WorkspacePage';

export const metadata: Metadata = { title: `${nl.workspace.partners.title} — redactie` };

export default function PartnersPage({ searchParams }: { searchParams: SearchParams }) {
  return <WorkspacePage list="partners" searchParams={searchParams} />;
}
