import { prisma, type Tx } from '@/lib/db';
import { audit } from '@/lib/audit';
import type { SessionUser } from '@/lib/accounts/service';
import { hashToken, newToken } from '@/lib/accounts/tokens';
import { fileStorage, storageNamed, type FileStorage } from '@/lib/storage';
import { processPhoto, type PhotoError } from './process';
import { photoSources, type PhotoSources, type StoredVariant } from './sources';
import { isOrgAdmin } from '@/lib/auth/roles';

// The pure part lives in ./sources, so a client component (the editor's live preview) can use it.
export { photoSources, type PhotoSources, type StoredVariant } from './sources';

export type PhotoRef = { id: string; claim: string };

export const UNUSED_PHOTO_TTL_MS = 24 * 60 * 60 * 1000;

/** A photo nothing refers to: no organisation, no offer draft, no published offer. */
const UNUSED = { organisations: { none: {} }, offers: { none: {} }, publishedIn: { none: {} } } as const;

/**
 * Checks, re-encodes and stores an upload. The uploader gets a claim: only with it can the photo be
 * attached to an organisation (or, later, a listing). Nothing is half-stored: when one file fails,
 * the others are removed again.
 */
export async function storeUpload(
  data: Buffer,
  uploadedById: string | null,
  storage: FileStorage = fileStorage(),
): Promise<({ ok: true } & PhotoRef & { preview: PhotoSources }) | PhotoError> {
  const processed = await processPhoto(data);
  if (!processed.ok) return processed;
  const stored: StoredVariant[] = [];
  try {
    for (const v of processed.variants) {
      const file = await storage.put({ name: v.name, data: v.data, contentType: v.format === 'webp' ? 'image/webp' : 'image/jpeg' });
      stored.push({ width: v.width, height: v.height, format: v.format, key: file.key, url: file.url, bytes: v.data.length });
    }
    const claim = newToken();
    const bytes = stored.reduce((sum, v) => sum + v.bytes, 0);
    const photo = await prisma.photo.create({
      data: {
        claimHash: hashToken(claim),
        width: processed.width,
        height: processed.height,
        storage: storage.name,
        variants: stored,
        bytes,
        uploadedById,
      },
    });
    return { ok: true, id: photo.id, claim, preview: photoSources(photo) };
  } catch (error) {
    await storage.delete(stored.map((s) => s.key)).catch(() => {});
    throw error;
  }
}

/** The photo the claim belongs to, if it is still free to attach. */
export async function claimedPhoto(tx: Tx, ref: PhotoRef) {
  if (!ref.id || !ref.claim || ref.claim.length > 200) return null;
  // Lock the row: of two forms claiming the same photo at the same moment, the second waits and
  // then sees that it is taken.
  await tx.$queryRaw`SELECT id FROM "Photo" WHERE id = ${ref.id} FOR UPDATE`;
  const photo = await tx.photo.findUnique({
    where: { id: ref.id },
    include: { _count: { select: { organisations: true, offers: true, publishedIn: true } } },
  });
  const used = photo ? photo._count.organisations + photo._count.offers + photo._count.publishedIn : 0;
  if (!photo || photo.claimHash !== hashToken(ref.claim) || used > 0) return null;
  return photo;
}

export type SetPhotoResult = { ok: true } | { ok: false; reason: 'forbidden' | 'claim' | 'stale' };

/**
 * Attaches (or with null: removes) an organisation's photo. Only an editor or the organisation's
 * own partner may do it.
 */
export async function setOrganisationPhoto(
  actor: SessionUser,
  organisationId: string,
  ref: PhotoRef | null,
  version: number,
): Promise<SetPhotoResult> {
  // The editors, or the organisation's own beheerder (not a medewerker).
  const allowed = actor.role === 'EDITOR' || (isOrgAdmin(actor) && actor.organisationId === organisationId);
  if (!allowed) return { ok: false, reason: 'forbidden' };
  return prisma.$transaction(async (tx) => {
    const photo = ref ? await claimedPhoto(tx, ref) : null;
    if (ref && !photo) return { ok: false, reason: 'claim' } as const;
    const updated = await tx.organisation.updateMany({
      where: { id: organisationId, version },
      data: { photoId: photo?.id ?? null, version: { increment: 1 } },
    });
    if (updated.count !== 1) return { ok: false, reason: 'stale' } as const;
    await audit(tx, actor.id, photo ? 'organisation.photo-set' : 'organisation.photo-removed', ['Organisation', organisationId], {
      photoId: photo?.id ?? null,
    });
    return { ok: true } as const;
  });
}

/** What photos uploaded without a login, and not used by anything, take up together. */
export async function anonymousUnattachedBytes(): Promise<number> {
  const { _sum } = await prisma.photo.aggregate({ _sum: { bytes: true }, where: { uploadedById: null, ...UNUSED } });
  return _sum.bytes ?? 0;
}

/** Removes photos that nothing uses and that are older than a day, with their files. */
export async function cleanupUnusedPhotos(now = new Date(), ttlMs = UNUSED_PHOTO_TTL_MS): Promise<number> {
  const unused = await prisma.photo.findMany({
    where: { createdAt: { lt: new Date(now.getTime() - ttlMs) }, ...UNUSED },
    take: 100,
  });
  let removed = 0;
  for (const photo of unused) {
    try {
      // The row first, and only if still unused: a photo attached meanwhile keeps its files.
      const { count } = await prisma.photo.deleteMany({ where: { id: photo.id, ...UNUSED } });
      if (count !== 1) continue;
      await storageNamed(photo.storage).delete((photo.variants as StoredVariant[]).map((v) => v.key));
      removed++;
    } catch (error) {
      console.error('[photos] cleanup failed for', photo.id, error);
    }
  }
  return removed;
}
