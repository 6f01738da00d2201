import { Filler } from '../../filler';

// Not a target, an explanation: the detail page's HTML behind a dynamic route cached on its first
// visit, as /aanbod/[slug] is. The difference to /detail is what Next.js itself costs per request
// for a dynamic route (matching, route parameters), whatever the page does.
export const revalidate = 86400;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export default function DynamicDetail() {
  return <Filler bytes={Number(process.env.BASELINE_DETAIL_BYTES ?? 20_000)} />;
}
