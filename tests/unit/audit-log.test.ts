import { describe, expect, test } from 'vitest';
import { prisma } from '@/lib/db';
import { nl } from '@/lib/i18n/nl';
import { AUDIT_ACTIONS } from '@/lib/audit';
import type { SessionUser } from '@/lib/accounts/service';
import { AUDIT_GROUPS, LOG_PAGE_SIZE, actionLabel, actionsOf, auditLog, groupOf, logFilters, logHref } from '@/lib/editors/audit-log';
import { saveListing } from '@/lib/offers/review';
import { setUpPhotoTests } from '../support/photos';
import { listingForm, makePartner } from '../support/offers';

// Issue 18, "Logboek" (ADR 0029): who did what, newest first, for the editors' beheerders only;
// every action has a Dutch label and a group; filters by editor and by group come from the URL.

setUpPhotoTests();

async function editor(orgRole: 'ADMIN' | 'MEMBER' | null, name: string): Promise<SessionUser> {
  const user = await prisma.user.create({
    data: {
      email: `${name}@dordtpas.nl`,
      username: name.toLowerCase(),
      passwordHash: 'x',
      role: 'EDITOR',
      orgRole,
      name,
      emailConfirmedAt: new Date(),
    },
  });
  return { id: user.id, role: 'EDITOR', name, organisationId: null, orgRole, locale: 'nl' };
}

describe('labels and groups', () => {
  test('every action has its own Dutch label and a group', () => {
    const labels = AUDIT_ACTIONS.map(actionLabel);
    for (const [i, label] of labels.entries()) expect(label, AUDIT_ACTIONS[i]).not.toBe(AUDIT_ACTIONS[i]);
    expect(new Set(labels).size).toBe(labels.length);
    for (const action of AUDIT_ACTIONS) expect(AUDIT_GROUPS).toContain(groupOf(action));
    // Each group has actions and a name; together they hold every action once.
    expect(AUDIT_GROUPS.flatMap(actionsOf).sort()).toEqual([...AUDIT_ACTIONS].sort());
    for (const group of AUDIT_GROUPS) expect(nl.editors.log.groups[group]).toBeTruthy();
    expect(groupOf('password.reset')).toBe('account');
    expect(groupOf('organisation.photo-set')).toBe('partner');
    expect(groupOf('rejection-reason.added')).toBe('reason');
    // An action of an older version shows as stored.
    expect(actionLabel('iets.ouds')).toBe('iets.ouds');
  });

  test('filters from the URL: junk is left out, the page is at least 1', () => {
    expect(logFilters({ wie: 'abc', soort: 'editor', pagina: '3' })).toEqual({ actorId: 'abc', group: 'editor', page: 3 });
    expect(logFilters({ soort: 'iets', pagina: '-1' })).toEqual({ actorId: undefined, group: undefined, page: 1 });
    expect(logFilters({ pagina: ['2', '5'], wie: '' })).toEqual({ actorId: undefined, group: undefined, page: 2 });
    expect(logHref({ actorId: 'abc', group: 'offer', page: 2 })).toBe('/redactie/beheer/logboek?wie=abc&soort=offer&pagina=2');
    expect(logHref({ page: 1 })).toBe('/redactie/beheer/logboek');
  });
});

describe('the log', () => {
  test('only the editors’ beheerder reads it: not a redacteur, an editor without role, or a partner', async () => {
    const partner = await makePartner();
    for (const viewer of [await editor('MEMBER', 'Mo'), await editor(null, 'Noa'), partner.actor]) {
      expect(await auditLog(viewer, { page: 1 })).toBeNull();
    }
    expect(await auditLog(await editor('ADMIN', 'Ada'), { page: 1 })).not.toBeNull();
  });

  test('newest first with who and what; entity links; filtered by editor and by group; paginated', async () => {
    const admin = await editor('ADMIN', 'Ada');
    const eva = await editor('MEMBER', 'Eva');
    const partner = await makePartner({ legalName: 'Stichting Zwembad De Wielen' });
    const saved = await saveListing(eva, partner.organisationId, listingForm());
    if (!saved.ok) throw new Error(saved.reason);
    await prisma.auditEntry.create({
      data: {
        actorId: 'weg-123',
        action: 'editor.disabled',
        entityType: 'User',
        entityId: 'weg-456',
        data: { name: 'Oud', reason: 'Vertrokken' },
      },
    });

    const log = (await auditLog(admin, { page: 1 }))!;
    expect(log.entries[0]).toMatchObject({
      actor: nl.editors.log.unknownActor('weg-123'),
      action: nl.editors.log.actions['editor.disabled'],
      detail: 'Oud · Vertrokken',
      entity: { href: null },
    });
    const save = log.entries.find((e) => e.action === nl.editors.log.actions['offer.saved'])!;
    expect(save).toMatchObject({
      actor: 'Eva',
      entity: {
        label: `${nl.offer.kinds.CREDIT_LISTING}: Stichting Zwembad De Wielen`,
        href: `/redactie/partners/${partner.organisationId}`,
      },
    });
    const registered = log.entries.find((e) => e.action === nl.editors.log.actions['partner.registered'])!;
    expect(registered.entity).toEqual({
      label: 'Partner: Stichting Zwembad De Wielen',
      href: `/redactie/partners/${partner.organisationId}`,
    });
    const times = log.entries.map((e) => e.createdAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(log.editors.map((e) => e.name)).toEqual(['Ada', 'Eva']);

    const byEva = (await auditLog(admin, { actorId: eva.id, page: 1 }))!;
    expect(byEva.entries.map((e) => e.action)).toEqual([nl.editors.log.actions['offer.saved']]);
    const editorsOnly = (await auditLog(admin, { group: 'editor', page: 1 }))!;
    expect(editorsOnly.total).toBe(1);
    const offers = (await auditLog(admin, { group: 'offer', actorId: admin.id, page: 1 }))!;
    expect(offers.entries).toEqual([]);

    await prisma.auditEntry.createMany({
      data: Array.from({ length: LOG_PAGE_SIZE + 5 }, (_, i) => ({
        actorId: admin.id,
        action: 'partner.note-added',
        entityType: 'Organisation',
        entityId: partner.organisationId,
        createdAt: new Date(Date.now() - (i + 1) * 60_000),
      })),
    });
    const first = (await auditLog(admin, { actorId: admin.id, page: 1 }))!;
    const second = (await auditLog(admin, { actorId: admin.id, page: 2 }))!;
    expect([first.total, first.pages, first.entries.length, second.entries.length]).toEqual([LOG_PAGE_SIZE + 5, 2, LOG_PAGE_SIZE, 5]);
    expect(first.entries.at(-1)!.createdAt.getTime()).toBeGreaterThan(second.entries[0].createdAt.getTime());
  });
});
