import { z } from 'zod';
import { prisma } from '@/lib/db';
import { nl } from '@/lib/i18n/nl';
import { AUDIT_ACTIONS, type AuditAction } from '@/lib/audit';
import { isEditorAdmin } from '@/lib/auth/roles';
import { orgName } from '@/lib/partners/names';
import type { SessionUser } from '@/lib/accounts/service';

// "Logboek" (issue 18, ADR 0029): who did what, for the editors' beheerders only — the log holds
// every partner's and editor's actions, with names, addresses and the reasons given for disabling
// an editor. Newest first, a page at a time, filtered by editor and by group of actions in the URL.

export const LOG_PATH = '/redactie/beheer/logboek';
export const LOG_PAGE_SIZE = 50;

export const AUDIT_GROUPS = ['account', 'partner', 'colleague', 'offer', 'editor', 'reason', 'workspace'] as const;
export type AuditGroup = (typeof AUDIT_GROUPS)[number];

/** The group of an action, by the domain before its dot. */
export function groupOf(action: AuditAction): AuditGroup {
  const domain = action.slice(0, action.indexOf('.'));
  if (domain === 'password') return 'account';
  // A partner's locations are its data (issue 20).
  if (domain === 'organisation' || domain === 'location') return 'partner';
  if (domain === 'rejection-reason') return 'reason';
  return domain as AuditGroup;
}

export const actionsOf = (group: AuditGroup) => AUDIT_ACTIONS.filter((a) => groupOf(a) === group);

/** What an action is called in the log; an action unknown to this version (an old row) is shown as stored. */
export const actionLabel = (action: string): string =>
  (AUDIT_ACTIONS as readonly string[]).includes(action) ? nl.editors.log.actions[action as AuditAction] : action;

const filtersSchema = z.object({
  wie: z.string().min(1).max(50).optional().catch(undefined),
  soort: z.enum(AUDIT_GROUPS).optional().catch(undefined),
  pagina: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
});

export type LogFilters = { actorId?: string; group?: AuditGroup; page: number };

/** The filters of the URL's query (?wie=&soort=&pagina=); what does not parse is left out. */
export function logFilters(query: Record<string, string | string[] | undefined>): LogFilters {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;
  const parsed = filtersSchema.parse({ wie: first(query.wie), soort: first(query.soort), pagina: first(query.pagina) });
  return { actorId: parsed.wie, group: parsed.soort, page: parsed.pagina ?? 1 };
}

export function logHref({ actorId, group, page }: LogFilters): string {
  const q = new URLSearchParams();
  if (actorId) q.set('wie', actorId);
  if (group) q.set('soort', group);
  if (page > 1) q.set('pagina', String(page));
  const s = q.toString();
  return s ? `${LOG_PATH}?${s}` : LOG_PATH;
}

const details = z.object({ name: z.string(), email: z.string(), reason: z.string() }).partial().catch({});

export type LogEntry = {
  id: string;
  createdAt: Date;
  actor: string;
  action: string;
  entity: { label: string; href: string | null };
  detail: string;
};

/** A page of the log, newest first; null for anyone but an editors' beheerder. */
export async function auditLog(viewer: SessionUser, filters: LogFilters) {
  if (!isEditorAdmin(viewer)) return null;
  const where = {
    ...(filters.actorId ? { actorId: filters.actorId } : {}),
    ...(filters.group ? { action: { in: actionsOf(filters.group) } } : {}),
  };
  const [total, rows, editors] = await Promise.all([
    prisma.auditEntry.count({ where }),
    prisma.auditEntry.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      skip: (filters.page - 1) * LOG_PAGE_SIZE,
      take: LOG_PAGE_SIZE,
      select: { id: true, actorId: true, action: true, entityType: true, entityId: true, data: true, createdAt: true },
    }),
    prisma.user.findMany({ where: { role: 'EDITOR' }, orderBy: { name: 'asc' }, select: { id: true, name: true } }),
  ]);
  const ids = (type: string) => [...new Set(rows.filter((r) => r.entityType === type).map((r) => r.entityId))];
  const [actors, offers, users] = await Promise.all([
    prisma.user.findMany({
      where: { id: { in: [...new Set(rows.flatMap((r) => (r.actorId ? [r.actorId] : [])))] } },
      select: { id: true, name: true },
    }),
    prisma.offer.findMany({ where: { id: { in: ids('Offer') } }, select: { id: true, kind: true, organisationId: true } }),
    prisma.user.findMany({ where: { id: { in: ids('User') } }, select: { id: true, name: true } }),
  ]);
  const organisations = await prisma.organisation.findMany({
    where: { id: { in: [...ids('Organisation'), ...offers.map((o) => o.organisationId)] } },
    select: { id: true, legalName: true, displayName: true },
  });
  const actorName = new Map(actors.map((a) => [a.id, a.name]));
  const offerOf = new Map(offers.map((o) => [o.id, o]));
  const userName = new Map(users.map((u) => [u.id, u.name]));
  const orgLabel = new Map(organisations.map((o) => [o.id, orgName(o)]));
  const t = nl.editors.log;

  const entityOf = (type: string, id: string): LogEntry['entity'] => {
    const kind = t.entity[type] ?? type;
    if (type === 'Organisation') {
      const name = orgLabel.get(id);
      return name ? { label: `${kind}: ${name}`, href: `/redactie/partners/${id}` } : { label: `${kind} ${id}`, href: null };
    }
    if (type === 'Offer') {
      const offer = offerOf.get(id);
      if (!offer) return { label: `${kind} ${id}`, href: null };
      // A credit listing is written on its partner's page; a discount action has a page of its own.
      const href = offer.kind === 'DISCOUNT_ACTION' ? `/redactie/acties/${id}` : `/redactie/partners/${offer.organisationId}`;
      return { label: `${nl.offer.kinds[offer.kind]}: ${orgLabel.get(offer.organisationId) ?? offer.organisationId}`, href };
    }
    if (type === 'User') return { label: `${kind}: ${userName.get(id) ?? t.unknownActor(id)}`, href: null };
    return { label: kind, href: null };
  };

  const entries: LogEntry[] = rows.map((r) => {
    const d = details.parse(r.data ?? {});
    const entity = entityOf(r.entityType, r.entityId);
    return {
      id: r.id,
      createdAt: r.createdAt,
      actor: r.actorId ? (actorName.get(r.actorId) ?? t.unknownActor(r.actorId)) : t.system,
      action: actionLabel(r.action),
      entity,
      // The name only when the entity does not say it already.
      detail: [entity.label.includes(d.name ?? '') ? '' : d.name, d.email, d.reason].filter(Boolean).join(' · '),
    };
  });
  return { entries, total, pages: Math.max(1, Math.ceil(total / LOG_PAGE_SIZE)), editors };
}
