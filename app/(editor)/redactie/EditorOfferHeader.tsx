import type { ReactNode } from 'react';
import Link from 'next/link';
import type { PartnerType } from '@/lib/generated/prisma/enums';
import { portalText } from '@/lib/i18n/request';
import { formatPhone } from '@/lib/i18n/phone';

type Props = {
  /** The h1: the organisation's name, and for an action its subject. */
  title: ReactNode;
  organisation: {
    /** For the link to the partner's record ("Dossier"). */
    id: string;
    legalName: string;
    kvkNumber: string;
    partnerType: PartnerType;
    users: { name: string; email: string; phone: string }[];
  };
  /** What is being written ("Vermelding", "Actievoorstel") and where it stands. */
  label: string;
  status: string;
  /** The public page's slug while it is online: "bekijk op de website". */
  publicSlug: string | null;
};

/** The top of an editor's offer page: back to the work queue, the title, who the partner is and their record, the offer's status. */
export async function EditorOfferHeader({ title, organisation: org, label, status, publicSlug }: Props) {
  const t = await portalText();
  return (
    <>
      <p className="flex flex-wrap justify-between gap-x-6 gap-y-2">
        <Link href="/redactie">← {t.editorHome.title}</Link>
        <Link href={`/redactie/partners/${org.id}/dossier`} className="font-semibold">
          {t.record.open}
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">{title}</h1>
      <p className="mt-1 text-muted">
        {org.legalName} · KvK {org.kvkNumber} · {t.partnerTypeShort[org.partnerType]} ·{' '}
        {org.users.map((u) => `${u.name} (${[u.email, formatPhone(u.phone)].filter(Boolean).join(', ')})`).join(', ')}
      </p>
      <p className="mt-2 font-semibold">
        {label}: {status}
        {publicSlug !== null ? (
          <>
            {' · '}
            <Link href={`/aanbod/${publicSlug}`}>{t.offer.editor.viewPublic}</Link>
          </>
        ) : null}
      </p>
    </>
  );
}
