import type { ReactNode } from 'react';
import PublicLayout from '../(public)/layout';

export default function RegisterLayout({ children }: { children: ReactNode }) {
  return <PublicLayout>{children}</PublicLayout>;
}
