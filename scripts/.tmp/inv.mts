import pg from 'pg';
import { createHash } from 'node:crypto';
const c = new pg.Client({ connectionString: 'postgresql://postgres@127.0.0.1:5432/dordtpas_shots_e2e' });
await c.connect();
const [{ id: org }] = (await c.query(`SELECT id FROM "Organisation" WHERE "legalName" LIKE '%De Wielen%'`)).rows;
const hash = createHash('sha256').update('schermafbeelding-token').digest('hex');
await c.query(`INSERT INTO "Invitation" (id, "organisationId", email, name, "orgRole", "tokenHash", "invitedByName", "expiresAt") VALUES ('inv-shot', $1, 'joost@zwembad-dewielen.example', 'Joost Jansen', 'MEMBER', $2, 'Sanne de Vries', now() + interval '7 days')`, [org, hash]);
await c.end();
