// The workspace's list queries alone (counts and one page, as the pages call them), against
// DATABASE_URL: scripts/bench/run.ts runs this in a process of its own and reads the last line (JSON).
import { parseWorkspaceFilters, type ListKind } from '../../lib/workspace/filters';
import { workspaceOffers } from '../../lib/workspace/offers';
import { workspacePartners } from '../../lib/workspace/partners';
import { prisma } from '../../lib/db';

const editor = { id: 'bench', role: 'EDITOR', name: 'Bench', organisationId: null, orgRole: null, locale: 'nl' } as const;
const CATEGORIES = ['sport', 'cultuur', 'muziek-dans', 'cursus', 'uitje', 'winkel', 'kinderen', 'gezondheid', 'overig'];

async function times(list: ListKind): Promise<{ p50: number; p95: number; p99: number }> {
  const read = list === 'offers' ? workspaceOffers : workspacePartners;
  const all: number[] = [];
  for (let i = 0; i < 230; i++) {
    const filters = parseWorkspaceFilters(list, { status: 'redactie', categorie: CATEGORIES[i % CATEGORIES.length] });
    const started = performance.now();
    await read(editor, filters);
    all.push(performance.now() - started);
  }
  const sorted = all.slice(30).sort((a, b) => a - b);
  const pct = (p: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] * 10) / 10;
  return { p50: pct(50), p95: pct(95), p99: pct(99) };
}

const result = { offers: await times('offers'), partners: await times('partners') };
await prisma.$disconnect();
console.log(JSON.stringify(result));
