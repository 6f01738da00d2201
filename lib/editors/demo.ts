// The demo editor of the seed (prisma/seed.ts, README § Demo accounts): a demo account that stays
// one (issue 18). Nobody can disable it or make it a plain redacteur, so the demo always gets in as
// the editors' beheerder. No other import here: the seed runs without the app's path aliases.

export const DEMO_EDITOR_USERNAME = 'redactie';

export const isDemoEditor = (user: { username: string; role: string }) => user.role === 'EDITOR' && user.username === DEMO_EDITOR_USERNAME;
