// The great-circle distance in JavaScript, for tests of "bij mij in de buurt" (lib/offers/near.ts
// computes it in SQL): what the database's answers must agree with. No database client here, so e2e
// specs can use it too.

export type Place = { latitude: number; longitude: number };

/** Mean radius of the earth (IUGG), km, as lib/offers/near.ts. */
export const EARTH_KM = 6371.0088;

/** Haversine distance in km. */
export function haversineKm(a: Place, b: Place): number {
  const rad = (d: number) => (d * Math.PI) / 180;
  const h =
    Math.sin(rad(b.latitude - a.latitude) / 2) ** 2 +
    Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(rad(b.longitude - a.longitude) / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.sqrt(h));
}
