import { Filler } from './filler';

export default function Catalog() {
  return <Filler bytes={Number(process.env.BASELINE_CATALOG_BYTES ?? 50_000)} />;
}
