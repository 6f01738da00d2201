import { setMaxListeners } from 'node:events';
import { Agent, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import { env } from '@/lib/env';
import { CATEGORY_SLUGS } from '@/lib/partners/categories';
import { PUBLIC_LOCALES, localePath, splitLocalePath } from '@/lib/i18n/locales';
import { KIND_PARAMS, NO_FILTERS, filtersQuery, isOfferSlug, parseFilters, type CatalogFilters } from '@/lib/offers/filters';

// The front cache (nginx or a CDN, deploy/nginx.conf) and how it never shows a withdrawn offer (ADR 0032).
// The purge module of Debian's nginx removes exact URLs only, so the app must know every URL a front
// may hold. It does, because it decides: a response may be kept by a shared cache (its s-maxage)
// only when its URL is one of `publicPageUrls`, exactly as written there; any other URL of the same
// page (another order of the parameters, an unknown parameter, a deep page of a filtered list, the
// client router's ?_rsc=…) is answered `private`, and so is served by the app's own cache instead.

/** Pages of each filtered catalog list a front may keep; later pages are rarely read and come from the app. */
export const FRONT_LIST_PAGES = 3;

/** How long a purge of one front may take before the action goes on without it (and says so in the log). */
const PURGE_TIMEOUT_MS = 3000;
/** Purge requests in flight per front (connections kept open to it). */
const PURGE_PARALLEL = 16;

const FIXED = new Set(['/', '/voorwaarden', '/sitemap.xml', '/robots.txt']);
// Content-addressed: a URL always means the same bytes, so nothing is ever purged there.
const IMMUTABLE = ['/_next/static/', '/api/media/'];

/** Whether a shared cache may keep the response to this request target (path and query as sent). */
export function frontCacheable(target: string): boolean {
  // Without a query: `?1`, `?2`, … would each be kept beside the real pages, and push them out.
  if (IMMUTABLE.some((prefix) => target.startsWith(prefix))) return !target.includes('?');
  // The same pages in every language (`/en`, `/en?categorie=sport`, `/ar/aanbod/…`), written exactly as localePath writes them.
  const [locale, path] = splitLocalePath(target);
  if (localePath(locale, path) !== target) return false;
  if (locale !== 'nl' && !LOCALISED.has(path) && !path.startsWith('/aanbod/') && !path.startsWith('/?')) return false;
  if (FIXED.has(path) || (path.startsWith('/aanbod/') && isOfferSlug(path.slice('/aanbod/'.length)))) return true;
  if (!path.startsWith('/?')) return false;
  const filters = parseFilters(new URLSearchParams(path.slice(2)));
  // A search or a position ("bij mij in de buurt") is one page per question: never kept.
  return !filters.zoek && !filters.near && filters.pagina <= FRONT_LIST_PAGES && filtersQuery(filters) === path;
}

/** Of FIXED, what exists in every language (the rest is one file for the whole site, or Dutch only). */
const LOCALISED = new Set(['/']);

/** Every URL of the catalog a front may hold: each combination of filters, its first pages. */
function catalogUrls(): string[] {
  const urls: string[] = [];
  for (const categorie of ['', ...CATEGORY_SLUGS])
    for (const soort of ['', ...Object.keys(KIND_PARAMS)] as CatalogFilters['soort'][])
      for (const kinderen of [false, true])
        for (let pagina = 1; pagina <= FRONT_LIST_PAGES; pagina++)
          urls.push(filtersQuery({ ...NO_FILTERS, categorie, soort, kinderen, pagina }));
  return urls;
}

/** What a publish, change or withdrawal of these offers (or the day's change, with the slugs that change) makes stale. */
export function publicPageUrls(slugs: string[]): string[] {
  const pages = [...catalogUrls(), ...slugs.map((slug) => `/aanbod/${slug}`)];
  return [...PUBLIC_LOCALES.flatMap((locale) => pages.map((path) => localePath(locale, path))), '/sitemap.xml'];
}

/** FRONT_PURGE_URL: the purge entry point of every front, comma-separated. */
export function purgeTargets(value = env().FRONT_PURGE_URL): URL[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => new URL(s));
}

export type PurgeReport = { front: string; purged: number; absent: number; failed: number; ms: number };

/**
 * Removes these URLs from every front, before the action that changed them returns. A front that
 * cannot be reached is logged and skipped: the editor's action has happened and is not undone,
 * and the page's own bounded lifetime ends the stale copy (ADR 0032). Never throws.
 */
export async function purgeFront(urls: string[], targets = purgeTargets()): Promise<PurgeReport[]> {
  return Promise.all(targets.map((target) => purgeOne(target, urls)));
}

// node:http with kept-alive connections: on this machine six times as fast as fetch for many small requests.
const agents = new Map<string, Agent>();
const agentFor = (target: URL) => {
  let agent = agents.get(target.origin);
  if (!agent) agents.set(target.origin, (agent = new Agent({ keepAlive: true, maxSockets: PURGE_PARALLEL })));
  return agent;
};

/** One PURGE: the module answers 200 when it removed the page and 404 when the front did not hold it. */
function purgeRequest(url: URL, agent: Agent, signal: AbortSignal): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { method: 'PURGE', agent, signal }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end();
  });
}

async function purgeOne(target: URL, urls: string[]): Promise<PurgeReport> {
  const started = performance.now();
  const report: PurgeReport = { front: target.origin, purged: 0, absent: 0, failed: 0, ms: 0 };
  const signal = AbortSignal.timeout(PURGE_TIMEOUT_MS);
  // One deadline for all of them: one listener per request in flight.
  setMaxListeners(urls.length + 10, signal);
  const agent = agentFor(target);
  let firstError: unknown;
  await Promise.all(
    urls.map(async (url) => {
      try {
        const status = await purgeRequest(new URL(url, target), agent, signal);
        if (status === 200) report.purged++;
        else if (status === 404) report.absent++;
        else throw new Error(`HTTP ${status}`);
      } catch (error) {
        report.failed++;
        firstError ??= error;
      }
    }),
  );
  report.ms = Math.round(performance.now() - started);
  if (report.failed)
    console.error(
      `[front] purge at ${target.origin}: ${report.failed} of ${urls.length} URLs failed; pages there stay until their lifetime ends`,
      firstError instanceof Error ? firstError.message : firstError,
    );
  return report;
}

/**
 * For scripts/server.ts: a response the front may not keep (see above) says `private` instead of
 * the page's shared lifetime, whatever Next.js wrote. Browsers are not affected: they ignore s-maxage.
 */
export function keepFrontCacheExact(request: IncomingMessage, response: ServerResponse): void {
  const target = request.url ?? '';
  if ((request.method !== 'GET' && request.method !== 'HEAD') || frontCacheable(target)) return;
  // proxy.ts's rewrite of `/?categorie=…` reaches this server again as a request for /overzicht/<key>,
  // whose headers become the answer to `/?…`: that one decides, above. The front itself never keeps
  // /overzicht/ (not a location nginx caches; keep it out of a CDN's cache too, deploy/README.md).
  if (splitLocalePath(target)[1].startsWith('/overzicht/')) return;
  const writeHead = response.writeHead;
  response.writeHead = function (this: ServerResponse, ...args: Parameters<ServerResponse['writeHead']>) {
    const value = String(this.getHeader('cache-control') ?? '');
    if (/s-maxage|public/.test(value)) this.setHeader('cache-control', 'private, no-cache');
    return writeHead.apply(this, args);
  } as ServerResponse['writeHead'];
}
