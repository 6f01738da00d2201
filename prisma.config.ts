// The Prisma CLI checks for a native schema engine even for `generate`, which needs none.
// Migrations run through the Wasm engine in scripts/db.ts instead (STYLE.md § Prisma).
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= '/bin/false';

import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
});
