/** Mean Earth radius (IUGG), in kilometres: the usual sphere for great-circle distances. */
const earthRadiusKm = 6371.0088;

const toRadians = (degrees: number) => (degrees * Math.PI) / 180;

/**
 * The great-circle distance between two points, in kilometres (haversine formula on a sphere).
 * Off by at most about 0.5% from the ellipsoid, which is plenty to say which shop is nearer.
 */
export function distanceKm(
  a: { lat: number; lng: number },
  b: { lat: number; lng: number },
): number {
  const dLat = toRadians(b.lat - a.lat);
  const dLng = toRadians(b.lng - a.lng);
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(toRadians(a.lat)) * Math.cos(toRadians(b.lat)) * Math.sin(dLng / 2) ** 2;
  // min() guards against rounding pushing h a hair above 1 for antipodal points.
  return 2 * earthRadiusKm * Math.asin(Math.min(1, Math.sqrt(h)));
}

const formatters = new Map<string, { metres: Intl.NumberFormat; kilometres: Intl.NumberFormat }>();

function formattersFor(tag: string) {
  let entry = formatters.get(tag);
  if (!entry) {
    const unit = (name: 'meter' | 'kilometer') =>
      new Intl.NumberFormat(tag, {
        style: 'unit',
        unit: name,
        unitDisplay: 'short',
        maximumFractionDigits: name === 'kilometer' ? 1 : 0,
      });
    entry = { metres: unit('meter'), kilometres: unit('kilometer') };
    formatters.set(tag, entry);
  }
  return entry;
}

/**
 * A distance as people say it: metres (to the nearest 10) under a kilometre, one decimal under
 * 10 km, whole kilometres beyond: "850 m", "1,2 km" (vi) / "1.2 km" (en), "37 km". `locale` is any
 * BCP 47 tag: the site's 'vi' and 'en' work as they are, or `intlLocale[lang]`. Client-safe (no
 * imports), since the list sorts by distance in the browser.
 */
export function formatDistance(km: number, locale: string): string {
  const { metres, kilometres } = formattersFor(locale);
  const distance = Math.max(0, km);
  const m = distance * 1000;
  const roundedMetres = m < 10 ? Math.round(m) : Math.round(m / 10) * 10;
  if (roundedMetres < 1000) return metres.format(roundedMetres);
  if (distance < 9.95) return kilometres.format(Math.round(distance * 10) / 10);
  return kilometres.format(Math.round(distance));
}
