/** Which offer a form changes, at the version the user saw: a stale version is refused, nothing lost. */
export function OfferVersionFields({ offerId, version }: { offerId: string; version: number | string }) {
  return (
    <>
      <input type="hidden" name="offerId" value={offerId} />
      <input type="hidden" name="version" value={version} />
    </>
  );
}
