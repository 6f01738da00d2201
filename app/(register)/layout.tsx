import { BeforeLoginLayout, beforeLoginMetadata, beforeLoginViewport } from '@/components/layout/BeforeLoginLayout';

export const generateMetadata = beforeLoginMetadata;
export const viewport = beforeLoginViewport;
export default BeforeLoginLayout;
