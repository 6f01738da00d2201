import { NotFoundContent, notFoundMetadata } from '@/components/layout/NotFoundContent';

export const metadata = notFoundMetadata('nl');

export default function NotFound() {
  return <NotFoundContent locale="nl" />;
}
