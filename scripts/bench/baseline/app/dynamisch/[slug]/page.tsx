import { Filler } from '../../filler';

// Not a target, an explanation: the detail page's HTML behind a dynamic route cached on its first
// visit, as /aanbod/[slug] is. The difference to /detail is what Next.js itself costs per request
// for a dynamic route (route regex built per request, parameters), whatever the page does. The
// size comes from the environment at run time too (scripts/bench/run.ts starts it with it).
export const revalidate = 86400;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export default function DynamicDetail() {
  return <Filler bytes={Number(process.env.BASELINE_DETAIL_BYTES ?? 20_000)} />;
}
