'use client';

import dynamic from 'next/dynamic';
import { PageLink } from '@/components/ui/page-link';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import useSWR from 'swr';
import type { RetailPointProperties } from '@/lib/api/retail-point-geojson';
import { distanceKm, formatDistance } from '@/lib/geo/distance';
import type { Dictionary } from '@/lib/i18n/dictionary';
import { fill } from '@/lib/i18n/localize';
import { intlLocale, type Locale } from '@/lib/i18n/locales';
import { useHasJavaScript } from '@/components/ui/use-has-javascript';
import { useMediaQuery } from '@/components/ui/use-media-query';
import type { RetailMapProps } from './retail-map';

/** Leaflet touches `window` on import: the map exists only in the browser, after the list. */
const RetailMap = dynamic(() => import('./retail-map'), { ssr: false });

/** A sales point as the list shows it: the API's properties and where it is. */
export interface RetailListItem {
  properties: RetailPointProperties;
  lat: number;
  lng: number;
}

interface GeoJsonAnswer {
  features: Array<{
    geometry: { coordinates: [number, number] };
    properties: RetailPointProperties;
  }>;
}

type Strings = Dictionary['whereToBuy'];

interface WhereToBuyExplorerProps {
  lang: Locale;
  /** `/api/v1/retail-points` with the page's filters: every matching point, for the map. */
  geoJsonUrl: string;
  /** The list's page as the server rendered it. */
  items: RetailListItem[];
  initialSelected: string | undefined;
  map: Pick<RetailMapProps, 'tileUrl' | 'tileAttribution' | 'provinceBounds'>;
  strings: Strings;
  kindLabels: Dictionary['retailKinds'];
  zoomLabels: { zoomIn: string; zoomOut: string };
}

/** Tailwind's `lg`: from here the map stands beside the list and loads by itself. */
const wideScreenQuery = '(min-width: 64rem)';

/** The list shows this many points at once when sorted by distance. */
const nearestCount = 50;

const fetchGeoJson = async (url: string): Promise<RetailListItem[]> => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${response.status}`);
  const answer = (await response.json()) as GeoJsonAnswer;
  return answer.features.map((f) => ({
    properties: f.properties,
    lng: f.geometry.coordinates[0],
    lat: f.geometry.coordinates[1],
  }));
};

/** Set on the reload that asks for the visitor's location (see askLocation). */
const askNearParameter = 'near';

/** Whether this document's Permissions-Policy lets it ask for the location (Chromium tells). */
function documentAllowsGeolocation(): boolean {
  const policy = (document as Document & { featurePolicy?: { allowsFeature(f: string): boolean } })
    .featurePolicy;
  return policy?.allowsFeature('geolocation') ?? true;
}

type NearMe =
  | { state: 'off' }
  | { state: 'asking' }
  | { state: 'denied' }
  | { state: 'on'; lat: number; lng: number };

/**
 * The list of sales points beside the map. The list is server-rendered and works without
 * JavaScript; with it, the map loads after, a marker and a list entry select each other (the
 * selection is kept in the URL as `?point=`), and "nearest to me" sorts by distance on the device.
 *
 * On a narrow screen the map (Leaflet, and every matching point as GeoJSON) loads only when the
 * visitor asks for it, with "Show the map" or a list entry's "Show on the map", or arrives with a
 * point selected: on a phone it cost about a second of main-thread work before the list could be
 * used (Lighthouse mobile, total blocking time 0.7–1.1 s), for a map most visitors scroll past.
 */
export function WhereToBuyExplorer(props: WhereToBuyExplorerProps) {
  const { lang, strings: t, kindLabels } = props;
  const hasJavaScript = useHasJavaScript();
  const wideScreen = useMediaQuery(wideScreenQuery);
  const [mapAsked, setMapAsked] = useState(props.initialSelected !== undefined);
  const showMap = hasJavaScript && (wideScreen || mapAsked);
  const [selection, setSelection] = useState({
    slug: props.initialSelected,
    fromMap: false,
  });
  const [nearMe, setNearMe] = useState<NearMe>({ state: 'off' });
  // Every matching point: for the map, and for sorting by distance.
  const needsAllPoints = showMap || nearMe.state !== 'off';
  const { data: allPoints } = useSWR(needsAllPoints ? props.geoJsonUrl : null, fetchGeoJson, {
    revalidateOnFocus: false,
  });
  const listRef = useRef<HTMLOListElement>(null);

  const mapPoints = useMemo(
    () =>
      (allPoints ?? props.items).map((p) => ({
        slug: p.properties.slug,
        name: p.properties.name ?? p.properties.slug,
        lat: p.lat,
        lng: p.lng,
      })),
    [allPoints, props.items],
  );

  const listed = useMemo(() => {
    if (nearMe.state !== 'on') return props.items.map((item) => ({ item, km: undefined }));
    return (allPoints ?? props.items)
      .map((item) => ({ item, km: distanceKm(nearMe, item) }))
      .sort((a, b) => a.km - b.km)
      .slice(0, nearestCount);
  }, [nearMe, allPoints, props.items]);

  const selectedItem = useMemo(
    () =>
      selection.slug === undefined
        ? undefined
        : (allPoints ?? props.items).find((p) => p.properties.slug === selection.slug),
    [selection.slug, allPoints, props.items],
  );

  const select = useCallback((slug: string, fromMap: boolean) => {
    setSelection({ slug, fromMap });
    setMapAsked(true);
    const url = new URL(window.location.href);
    url.searchParams.set('point', slug);
    window.history.replaceState(null, '', url);
  }, []);

  // A marker chosen on the map brings its list entry into view.
  useEffect(() => {
    if (!selection.fromMap || !selection.slug) return;
    listRef.current
      ?.querySelector(`[data-slug="${CSS.escape(selection.slug)}"]`)
      ?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [selection]);

  // The answer comes back in a callback: the state changes then, never during a render or effect.
  const requestPosition = useCallback(() => {
    navigator.geolocation.getCurrentPosition(
      (position) =>
        setNearMe({ state: 'on', lat: position.coords.latitude, lng: position.coords.longitude }),
      () => setNearMe({ state: 'denied' }),
      { maximumAge: 300_000, timeout: 15_000 },
    );
  }, []);

  const askLocation = () => {
    if (!('geolocation' in navigator)) return setNearMe({ state: 'denied' });
    // Permissions-Policy belongs to the document, and only this page's allows geolocation: a
    // visitor who arrived by a link inside the site still has the policy of the first page. Load
    // this page afresh, which then asks straight away (see the effect below).
    if (!documentAllowsGeolocation()) {
      const url = new URL(window.location.href);
      url.searchParams.set(askNearParameter, '1');
      return window.location.assign(url);
    }
    setNearMe({ state: 'asking' });
    requestPosition();
  };

  // Reloaded to ask for the location (see askLocation): ask, and take the marker out of the URL.
  useEffect(() => {
    const url = new URL(window.location.href);
    if (url.searchParams.get(askNearParameter) !== '1') return;
    url.searchParams.delete(askNearParameter);
    window.history.replaceState(null, '', url);
    if ('geolocation' in navigator) requestPosition();
  }, [requestPosition]);

  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_1fr]">
      <div className="order-2 lg:order-1">
        {hasJavaScript && (
          <div className="mb-4 space-y-2 text-sm">
            <p className="flex flex-wrap items-center gap-2">
              {nearMe.state === 'on' ? (
                <button
                  type="button"
                  className="rounded-md px-3 py-1.5 font-semibold ring-1 ring-stone-400 hover:bg-stone-100"
                  onClick={() => setNearMe({ state: 'off' })}
                >
                  {t.nearMeOff}
                </button>
              ) : (
                <button
                  type="button"
                  className="rounded-md bg-brand-800 px-3 py-1.5 font-semibold text-white hover:bg-brand-900 disabled:opacity-60"
                  disabled={nearMe.state === 'asking'}
                  onClick={askLocation}
                >
                  {t.nearMe}
                </button>
              )}
            </p>
            <p role="status" className="text-stone-700">
              {nearMe.state === 'on'
                ? t.nearMeActive
                : nearMe.state === 'denied'
                  ? t.nearMeDenied
                  : t.nearMeHelp}
            </p>
          </div>
        )}
        <h2 id="retail-list-heading" className="sr-only">
          {t.listHeading}
        </h2>
        <ol ref={listRef} aria-labelledby="retail-list-heading" className="space-y-3">
          {listed.map(({ item, km }) => {
            const p = item.properties;
            const isSelected = p.slug === selection.slug;
            return (
              <li
                key={p.slug}
                data-slug={p.slug}
                aria-current={isSelected ? 'true' : undefined}
                className={`rounded-lg border p-4 ${
                  isSelected
                    ? 'border-ochre-700 bg-ochre-100/60 ring-2 ring-ochre-700'
                    : 'border-stone-200 bg-white'
                }`}
              >
                <h3 className="font-bold">
                  <PageLink href={`/${lang}/where-to-buy/${p.slug}`}>{p.name}</PageLink>
                </h3>
                <p className="text-sm text-stone-700">
                  {[kindLabels[p.kind], p.address, p.area?.name].filter(Boolean).join(' · ')}
                </p>
                <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
                  {p.isOpenNow !== null && (
                    <span
                      className={p.isOpenNow ? 'font-semibold text-brand-900' : 'text-stone-700'}
                    >
                      {p.isOpenNow ? t.openNow : t.closedNow}
                    </span>
                  )}
                  <span>{fill(t.products, { count: p.productCount })}</span>
                  {km !== undefined && (
                    <span className="font-semibold">
                      {fill(t.distance, { distance: formatDistance(km, intlLocale[lang]) })}
                    </span>
                  )}
                  {hasJavaScript && (
                    <button
                      type="button"
                      className="font-semibold text-brand-800 underline"
                      aria-pressed={isSelected}
                      onClick={() => select(p.slug, false)}
                    >
                      {t.showOnMap}
                    </button>
                  )}
                </p>
              </li>
            );
          })}
        </ol>
      </div>

      {/* Drawn by the server at its full size, so the map arriving later moves nothing (no layout
          shift); hidden when JavaScript is off (see the layout's noscript style). Until it is asked
          for, a narrow screen shows the button instead (CSS decides, so the server's page is right
          for either screen). */}
      <div className="js-only order-1 space-y-2 lg:order-2">
        {!mapAsked && (
          <div className="space-y-1 text-sm lg:hidden">
            <button
              type="button"
              className="rounded-md px-3 py-1.5 font-semibold text-brand-900 ring-1 ring-brand-700/60 hover:bg-brand-50"
              onClick={() => setMapAsked(true)}
            >
              {t.showMap}
            </button>
            <p className="text-stone-700">{t.showMapHelp}</p>
          </div>
        )}
        <div
          className={`h-[22rem] lg:sticky lg:top-4 lg:block lg:h-[34rem] ${mapAsked ? '' : 'hidden'}`}
        >
          {showMap && (
            <RetailMap
              points={mapPoints}
              selected={selection.slug}
              panToSelected={!selection.fromMap}
              onSelect={(slug) => select(slug, true)}
              {...props.map}
              label={t.mapLabel}
              clusterLabel={t.cluster}
              tilesFailedNotice={t.mapOutlineOnly}
              zoomInLabel={props.zoomLabels.zoomIn}
              zoomOutLabel={props.zoomLabels.zoomOut}
            />
          )}
        </div>
        <p className={`text-xs text-stone-700 lg:block ${mapAsked ? '' : 'hidden'}`}>{t.mapHelp}</p>
        {selectedItem && (
          <section
            aria-labelledby="retail-selected"
            className="rounded-lg bg-ochre-100/60 p-4 text-sm"
          >
            <h2 id="retail-selected" className="text-xs font-semibold tracking-wide uppercase">
              {t.selected}
            </h2>
            <p className="mt-1 text-base font-bold">
              <PageLink href={`/${lang}/where-to-buy/${selectedItem.properties.slug}`}>
                {selectedItem.properties.name}
              </PageLink>
            </p>
            <p>
              {[kindLabels[selectedItem.properties.kind], selectedItem.properties.address]
                .filter(Boolean)
                .join(' · ')}
            </p>
            {selectedItem.properties.phone && (
              <p>
                {t.phone}:{' '}
                <a href={`tel:${selectedItem.properties.phone.replace(/[^+\d]/g, '')}`}>
                  {selectedItem.properties.phone}
                </a>
              </p>
            )}
          </section>
        )}
      </div>
    </div>
  );
}
