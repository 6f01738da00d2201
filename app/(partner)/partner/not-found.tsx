import { NotFoundContent, notFoundMetadata } from '@/components/layout/NotFoundContent';
import { requestLocale } from '@/lib/i18n/request';

export const metadata = notFoundMetadata('nl');

/** In the portal's language: the user's, or the one chosen before logging in. */
export default async function NotFound() {
  return <NotFoundContent locale={await requestLocale()} />;
}
