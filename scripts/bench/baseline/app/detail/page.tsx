import { Filler } from '../filler';

export default function Detail() {
  return <Filler bytes={Number(process.env.BASELINE_DETAIL_BYTES ?? 20_000)} />;
}
