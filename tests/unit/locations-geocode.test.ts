import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test, vi, type MockInstance } from 'vitest';
import pg from 'pg';
import { prisma } from '@/lib/db';
import { cachedGeocoder } from '@/lib/geo/cache';
import { pdokGeocoder } from '@/lib/geo/pdok';
import type { Geocoder } from '@/lib/geo';
import { GEOCODE_BATCH, GEOCODE_RETRY_MS, geocodeLocations } from '@/lib/locations/geocode';
import { JOBS, nextRunAt } from '@/lib/jobs/definitions';
import { sendJob, sendThrough } from '@/lib/jobs/send';
import { startJobWorker, type JobWorker } from '@/lib/jobs/worker';
import { standIn, startPdokReplay, VOORSTRAAT_12, type StandIn } from '../support/pdok-replay';
import { misbehaving } from '../support/misbehaving';
import { makePartner } from '../support/offers';
import { publishedListing } from '../support/catalog';
import { setUpPhotoTests } from '../support/photos';

// The geocode job (lib/locations/geocode.ts, ADR 0036): locations without coordinates get them from
// the real PDOK adapter over HTTP against the replay stand-in (tests/fixtures/pdok) or a misbehaving
// one; a bad address or PDOK away marks the row as tried and never fails the run.

setUpPhotoTests();

let replay: StandIn;
let warnings: MockInstance<typeof console.warn>;
beforeAll(async () => {
  replay = await startPdokReplay();
});
afterAll(() => replay.close());
beforeEach(() => {
  replay.requests.length = 0;
  warnings = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => warnings.mockRestore());

const pdok = (baseUrl = replay.url, timeoutMs?: number): Geocoder => cachedGeocoder(pdokGeocoder({ baseUrl, timeoutMs }));
const locationsOf = (organisationId: string) => prisma.location.findMany({ where: { organisationId }, orderBy: { position: 'asc' } });

/** A location of its own beside a partner's first one. */
async function extraLocation(organisationId: string, postcode: string, houseNumber: string, position = 1) {
  return prisma.location.create({
    data: {
      organisationId,
      position,
      name: `Locatie ${postcode} ${houseNumber}`,
      street: 'Straat',
      houseNumber,
      postcode,
      city: 'Dordrecht',
    },
  });
}

describe('finding coordinates', () => {
  test('a location without: PDOK’s point is written, and the offers’ places in the catalog follow', async () => {
    // The registration's visiting address is Voorstraat 12, 3311 AB (the replay knows it); the listing is there too.
    const { partner, offerId } = await publishedListing('Boekhandel Voorstraat', { street: 'Voorstraat', houseNumber: '12' });
    const [first] = await locationsOf(partner.organisationId);
    expect(first).toMatchObject({ postcode: '3311 AB', houseNumber: '12', latitude: null, geocodedAt: null });
    expect(await prisma.catalogLocation.count({ where: { offerId } })).toBe(0);

    const now = new Date();
    expect(await geocodeLocations({ geocoder: pdok(), now })).toEqual({ tried: 1, found: 1, notFound: 0, unavailable: 0 });
    const [found] = await locationsOf(partner.organisationId);
    expect(found).toMatchObject({ latitude: VOORSTRAAT_12.latitude, longitude: VOORSTRAAT_12.longitude, geocodedAt: now });
    expect(await prisma.catalogLocation.findMany({ where: { offerId } })).toEqual([
      { offerId, locationId: first.id, latitude: VOORSTRAAT_12.latitude, longitude: VOORSTRAAT_12.longitude },
    ]);
    // Found is found: the next run asks nothing.
    expect(await geocodeLocations({ geocoder: pdok(), now: new Date(now.getTime() + 2 * GEOCODE_RETRY_MS) })).toMatchObject({ tried: 0 });
    expect(replay.requests).toHaveLength(1);
  });

  test('an address PDOK does not know: tried (geocodedAt) and left without; tried again only after a day', async () => {
    const partner = await makePartner();
    await prisma.location.updateMany({ where: { organisationId: partner.organisationId }, data: { latitude: 51.8, longitude: 4.6 } });
    const unknown = await extraLocation(partner.organisationId, '3319 ZZ', '1');
    const now = new Date('2026-12-02T10:00:00Z');
    expect(await geocodeLocations({ geocoder: pdok(), now })).toEqual({ tried: 1, found: 0, notFound: 1, unavailable: 0 });
    expect(await prisma.location.findUniqueOrThrow({ where: { id: unknown.id } })).toMatchObject({ latitude: null, geocodedAt: now });

    const soon = new Date(now.getTime() + GEOCODE_RETRY_MS - 60_000);
    expect(await geocodeLocations({ geocoder: pdok(), now: soon })).toMatchObject({ tried: 0 });
    const later = new Date(now.getTime() + GEOCODE_RETRY_MS + 60_000);
    expect(await geocodeLocations({ geocoder: pdok(), now: later })).toMatchObject({ tried: 1, notFound: 1 });
    expect(await prisma.location.findUniqueOrThrow({ where: { id: unknown.id } })).toMatchObject({ latitude: null, geocodedAt: later });
  });

  test(`a few at a time: ${GEOCODE_BATCH} a run, the never tried first`, async () => {
    const partner = await makePartner();
    for (let i = 1; i <= GEOCODE_BATCH + 4; i++) await extraLocation(partner.organisationId, '3311 AB', '12', i);
    const report = await geocodeLocations({ geocoder: pdok() });
    expect(report).toEqual({ tried: GEOCODE_BATCH, found: GEOCODE_BATCH, notFound: 0, unavailable: 0 });
    expect(await prisma.location.count({ where: { organisationId: partner.organisationId, latitude: null } })).toBe(5);
    // The cache answered the same address after the first question.
    expect(replay.requests).toHaveLength(1);
    expect(await geocodeLocations({ geocoder: pdok() })).toMatchObject({ tried: 5, found: 5 });
  });

  test('an address changed while PDOK was asked is not given the old one’s point', async () => {
    const partner = await makePartner();
    const [first] = await locationsOf(partner.organisationId);
    const inner = pdok();
    const moving: Pick<Geocoder, 'name' | 'lookupAddress'> = {
      name: 'moving',
      async lookupAddress(postcode, houseNumber) {
        await prisma.location.update({ where: { id: first.id }, data: { houseNumber: '14' } });
        return inner.lookupAddress(postcode, houseNumber);
      },
    };
    expect(await geocodeLocations({ geocoder: moving })).toMatchObject({ tried: 1, found: 1 });
    expect(await prisma.location.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({
      houseNumber: '14',
      latitude: null,
      geocodedAt: null,
    });
  });
});

describe('PDOK misbehaving: the run ends well, the rows wait', () => {
  const { that, closeLast } = misbehaving(standIn);

  test('a PDOK that never answers: each row tried times out, stays without coordinates; after three in a row the rest wait', async () => {
    const partner = await makePartner();
    for (let i = 1; i <= 4; i++) await extraLocation(partner.organisationId, '3311 AB', '12', i);
    const url = await that(() => {});
    const now = new Date();
    const report = await geocodeLocations({ geocoder: pdok(url, 200), now });
    expect(report).toEqual({ tried: 3, found: 0, notFound: 0, unavailable: 3 });
    const rows = await locationsOf(partner.organisationId);
    expect(rows.every((r) => r.latitude === null)).toBe(true);
    expect(rows.filter((r) => r.geocodedAt?.getTime() === now.getTime())).toHaveLength(3);
    expect(rows.filter((r) => r.geocodedAt === null)).toHaveLength(2);
  });

  test('HTTP 500, and nobody listening: unavailable, no error out of the run', async () => {
    const partner = await makePartner();
    const broken = await that((_request, response) => {
      response.writeHead(500, { 'content-type': 'text/html' });
      response.end('<h1>Internal Server Error</h1>');
    });
    expect(await geocodeLocations({ geocoder: pdok(broken) })).toEqual({ tried: 1, found: 0, notFound: 0, unavailable: 1 });
    await extraLocation(partner.organisationId, '3311 AB', '12');
    const gone = await that(() => {});
    await closeLast();
    expect(await geocodeLocations({ geocoder: pdok(gone) })).toEqual({ tried: 1, found: 0, notFound: 0, unavailable: 1 });
    expect(
      await prisma.location.count({ where: { organisationId: partner.organisationId, geocodedAt: { not: null }, latitude: null } }),
    ).toBe(2);
  });

  test('a geocoder that throws counts as unavailable (logged), and the next row is still tried', async () => {
    const partner = await makePartner();
    await extraLocation(partner.organisationId, '3319 ZZ', '1');
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    let calls = 0;
    const flaky: Pick<Geocoder, 'name' | 'lookupAddress'> = {
      name: 'flaky',
      async lookupAddress(postcode, houseNumber) {
        if (calls++ === 0) throw new Error('boom');
        return pdok().lookupAddress(postcode, houseNumber);
      },
    };
    await expect(geocodeLocations({ geocoder: flaky })).resolves.toEqual({ tried: 2, found: 0, notFound: 1, unavailable: 1 });
    errors.mockRestore();
  });
});

describe('the job', () => {
  test('hourly, and once when a worker starts', () => {
    const job = JOBS.find((j) => j.name === 'geocode');
    expect(job).toMatchObject({ atStart: true, cron: '5 * * * *' });
    const next = nextRunAt(job!.cron, new Date('2026-12-02T10:30:00Z'));
    expect(next.toISOString()).toBe('2026-12-02T11:05:00.000Z');
  });

  test('sent right away (sendJob) through the instance’s worker, it runs', async () => {
    const url = process.env.DATABASE_URL!;
    const schema = `pgboss_geo_${Math.random().toString(36).slice(2, 8)}`;
    let runs = 0;
    let worker: JobWorker | undefined;
    try {
      worker = await startJobWorker({
        connectionString: url,
        schema,
        jobs: [
          { name: 'geocode', cron: '0 0 1 1 *', retryLimit: 0, retryDelaySeconds: 0, expireInSeconds: 60, run: async () => void runs++ },
        ],
        pollingIntervalSeconds: 0.5,
        cronIntervalSeconds: 1,
      });
      sendThrough(worker.boss);
      expect(await sendJob('geocode')).toBe(true);
      for (let i = 0; i < 100 && runs === 0; i++) await new Promise((resolve) => setTimeout(resolve, 100));
      expect(runs).toBe(1);
    } finally {
      await worker?.stop(1000);
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await client.end();
    }
  });

  test('a job that cannot be sent is no error for the caller', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    sendThrough({ send: async () => Promise.reject(new Error('queue away')) } as never);
    expect(await sendJob('geocode')).toBe(false);
    expect(errors).toHaveBeenCalled();
    errors.mockRestore();
  });
});
