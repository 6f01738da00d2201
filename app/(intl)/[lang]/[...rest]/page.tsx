import { notFound } from 'next/navigation';

// A path under a language that is no page (/en/bestaat-niet): the 404 page in that language
// (../not-found.tsx). Rendered per request, so made-up URLs are never kept in the cache.
export const dynamic = 'force-dynamic';

export default function UnknownLanguagePage(): never {
  notFound();
}
