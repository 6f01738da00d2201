import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { prisma } from '@/lib/db';
import { nl } from '@/lib/i18n/nl';
import { formatDateTime } from '@/lib/i18n/format';
import { PageMain, SiteHeader } from '@/components/layout/SiteHeader';

export const metadata: Metadata = { title: 'Uitgaande e-mail', robots: { index: false } };
export const dynamic = 'force-dynamic';

/** The local mail outbox, for developers. Exists only in development (npm run dev). */
export default async function DevMailPage({ searchParams }: { searchParams: Promise<{ id?: string }> }) {
  if (process.env.NODE_ENV !== 'development') notFound();
  const { id } = await searchParams;
  const messages = await prisma.outboxMessage.findMany({
    orderBy: { createdAt: 'desc' },
    take: 50,
    select: { id: true, to: true, subject: true, status: true, createdAt: true },
  });
  const selected = id ?? messages[0]?.id;
  return (
    <>
      <SiteHeader subtitle="ontwikkeling" />
      <PageMain>
        <h1 className="text-3xl font-bold">{nl.devMail.title}</h1>
        <p className="mt-2 text-muted">{nl.devMail.intro}</p>
        {messages.length === 0 ? (
          <p className="mt-6 rounded-lg bg-white p-5">{nl.devMail.empty}</p>
        ) : (
          <div className="mt-6 grid gap-6 lg:grid-cols-[20rem_1fr]">
            <ul className="space-y-2">
              {messages.map((m) => (
                <li key={m.id}>
                  <a
                    href={`/dev/mail?id=${m.id}`}
                    aria-current={m.id === selected ? 'true' : undefined}
                    className="block rounded-md bg-white p-3 no-underline aria-[current=true]:ring-2 aria-[current=true]:ring-brand"
                  >
                    <span className="block font-semibold">{m.subject}</span>
                    <span className="block text-sm text-muted">
                      {m.to} · {formatDateTime(m.createdAt)} · {nl.devMail.statuses[m.status]}
                    </span>
                  </a>
                </li>
              ))}
            </ul>
            {selected ? (
              <iframe title="Inhoud van de e-mail" src={`/dev/mail/${selected}`} className="h-[40rem] w-full rounded-md border bg-white" />
            ) : null}
          </div>
        )}
      </PageMain>
    </>
  );
}
