import { exportHandler } from '@/lib/workspace/export-route';

// "Exporteren (CSV)" of the list at /redactie/partners, as filtered (lib/workspace/csv.ts).
export const dynamic = 'force-dynamic';
export const GET = exportHandler('partners');
