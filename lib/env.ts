import { z } from 'zod';

// All configuration comes from environment variables, validated once. Documented in .env.example.

/** The base URL of an outside service: http(s), `fallback` when unset or empty. */
const serviceUrl = (name: string, fallback: string) =>
  z
    .string()
    .optional()
    .transform((v) => v || undefined)
    .pipe(z.url({ protocol: /^https?$/, error: `${name}: een http(s)://…-adres` }).default(fallback));

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z.string().min(1, 'DATABASE_URL ontbreekt: start de app met `npm run dev` of zet DATABASE_URL.'),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(50).default(5),
  SMTP_URL: z
    .string()
    .optional()
    .transform((v) => v || undefined),
  MAIL_FROM: z.string().default('Dordtpas <noreply@dordtpas.nl>'),
  /** Where people write about the site (the accessibility statement, /toegankelijkheid): the Dordtpas team's own mailbox. */
  CONTACT_EMAIL: z.string().email().default('info@dordtpas.nl'),
  APP_URL: z.string().url().default('http://localhost:3000'),
  AUTH_SECRET: z.string().min(16).optional(),
  /** How many reverse proxies in front of the app append to X-Forwarded-For (lib/limits/client-address.ts). */
  TRUSTED_PROXIES: z.coerce.number().int().min(0).max(10).default(0),
  /** How long the people's data of a closed partner organisation is kept (lib/partners/retention.ts, ADR 0024). */
  PERSONAL_DATA_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(365),
  /** The editors' promise ("binnen enkele dagen"): what waits on them longer is overdue (issue 18, lib/workdays.ts). */
  EDITOR_TARGET_WORKING_DAYS: z.coerce.number().int().min(1).max(30).default(3),
  /** Working days after an approval request without an answer before the partner gets a reminder, and the second one. */
  REMINDER_FIRST_WORKING_DAYS: z.coerce.number().int().min(1).max(60).default(5),
  REMINDER_SECOND_WORKING_DAYS: z.coerce.number().int().min(2).max(90).default(10),
  /** scripts/server.ts: one JSON object a line (production's default), or plain lines (ADR 0033). */
  LOG_FORMAT: z.enum(['json', 'text']).default('json'),
  /** On SIGTERM: how long the instance answers "not ready" while it still serves, before it refuses connections. */
  SHUTDOWN_DRAIN_MS: z.coerce.number().int().min(0).max(120_000).default(1_000),
  /** On SIGTERM: how long the requests in flight, and then the shutdown hooks, may each take before they are cut short. */
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(100).max(300_000).default(10_000),
  /** 0: this instance runs no background jobs (another one does; lib/jobs/worker.ts, ADR 0030). */
  JOBS_WORKER: z.enum(['0', '1']).default('1'),
  /** The purge entry point of every front cache, comma-separated (deploy/nginx.conf, lib/cache/front.ts, ADR 0032). */
  FRONT_PURGE_URL: z
    .string()
    .optional()
    .refine(
      (v) => !v || v.split(',').every((u) => !u.trim() || URL.canParse(u.trim())),
      'FRONT_PURGE_URL: komma-gescheiden http://…-adressen',
    )
    .transform((v) => v || undefined),
  /** Next.js's cache shared by every instance (lib/cache/redis-handler.ts, ADR 0031); unset: each process its own. */
  REDIS_URL: z
    .string()
    .optional()
    .transform((v) => v || undefined)
    .pipe(
      z
        .string()
        .regex(/^rediss?:\/\//, 'REDIS_URL: redis://host:6379 of rediss://…')
        .optional(),
    ),
  /** Put before every key in Redis: several apps (or test runs) can share one Redis. */
  REDIS_KEY_PREFIX: z.string().default('dordtpas:'),
  /** PDOK Locatieserver v3.1, the address from postcode and house number (lib/geo/pdok.ts, ADR 0034); a local replay server in tests. */
  PDOK_LOCATIESERVER_URL: serviceUrl('PDOK_LOCATIESERVER_URL', 'https://api.pdok.nl/bzk/locatieserver/search/v3_1'),
  /** The KvK API's key (paid; lib/kvk, ADR 0035). Unset: no lookup by KvK number, the form is filled in by hand. */
  KVK_API_KEY: z
    .string()
    .optional()
    .transform((v) => v?.trim() || undefined),
  /** The KvK API without the version: production, https://api.kvk.nl/test/api for KvK's test data, a local replay server in tests. */
  KVK_API_URL: serviceUrl('KVK_API_URL', 'https://api.kvk.nl/api'),
  /** The background map's raster tiles for /kaart ({z}/{x}/{y}, Web Mercator; ADR 0037): PDOK's BRT Achtergrondkaart, blank local tiles in tests. */
  MAP_TILE_URL: serviceUrl(
    'MAP_TILE_URL',
    'https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png',
  ).refine((v) => ['{z}', '{x}', '{y}'].every((p) => v.includes(p)), 'MAP_TILE_URL: een adres met {z}, {x} en {y}'),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

export function env(): Env {
  if (!cached) {
    // `next build` loads the server modules to collect their configuration, and lib/db.ts makes its
    // (idle) client then; nothing is queried at build time, so the build needs no database.
    const building = process.env.NEXT_PHASE === 'phase-production-build';
    const parsed = schema.safeParse(building ? { DATABASE_URL: 'postgresql://not-used-at-build-time/none', ...process.env } : process.env);
    if (!parsed.success) {
      const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
      throw new Error(`Ongeldige configuratie:\n${lines}`);
    }
    // Without a secret every login fails; say so at start-up, not at the first login.
    if (parsed.data.NODE_ENV === 'production' && !parsed.data.AUTH_SECRET && process.env.NEXT_PHASE !== 'phase-production-build') {
      throw new Error('Ongeldige configuratie:\n  AUTH_SECRET: verplicht in productie (bijvoorbeeld: openssl rand -base64 32).');
    }
    cached = parsed.data;
  }
  return cached;
}

/** Absolute link into the app, for mails. */
export function appUrl(path: string): string {
  return new URL(path, env().APP_URL).toString();
}

/** The site's own address (canonical links, sitemap, Open Graph), without requiring the rest of the configuration. */
export function siteUrl(): URL {
  return new URL(schema.shape.APP_URL.parse(process.env.APP_URL));
}
