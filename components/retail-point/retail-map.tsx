'use client';

/**
 * The sales points on a Leaflet map, clustered with supercluster so thousands of points stay
 * smooth. Loaded only by the where-to-buy pages, after their list (see where-to-buy-explorer.tsx).
 * Under the tiles lies the province outline (fetched as data from /data/province-outline.geojson),
 * so the map still makes sense when tiles cannot load.
 */
import 'leaflet/dist/leaflet.css';
import L from 'leaflet';
import { useEffect, useMemo, useRef, useState } from 'react';
import { GeoJSON, MapContainer, Marker, TileLayer, useMap, useMapEvents } from 'react-leaflet';
import Supercluster from 'supercluster';
import type { Feature, MultiPolygon } from 'geojson';
import { provinceOutlineSource } from '@/lib/geo/province-outline-source';

export interface MapPoint {
  slug: string;
  name: string;
  lat: number;
  lng: number;
}

export interface RetailMapProps {
  points: MapPoint[];
  selected: string | undefined;
  /** Pan to the selected point: when it was chosen in the list or came with the URL. */
  panToSelected: boolean;
  onSelect: (slug: string) => void;
  tileUrl: string;
  tileAttribution: string;
  /** South-west and north-east corners of the province, shown when there is no point. */
  provinceBounds: [[number, number], [number, number]];
  label: string;
  /** "{count} sales points, select to zoom in" */
  clusterLabel: string;
  tilesFailedNotice: string;
  /** Leaflet's zoom buttons, in the page's language. */
  zoomInLabel: string;
  zoomOutLabel: string;
}

/** Beyond this zoom every point stands alone. */
const clusterMaxZoom = 16;

const pointIconOf = (isSelected: boolean) =>
  L.divIcon({
    className: '',
    html: `<span class="block size-5 rounded-full border-2 border-white shadow ${
      isSelected ? 'bg-ochre-700 ring-4 ring-ochre-700/40' : 'bg-brand-800'
    }"></span>`,
    iconSize: [20, 20],
    iconAnchor: [10, 10],
  });

// Icons are made once and reused: a new icon object on each render would make Leaflet replace
// the marker's element, losing focus and the click in progress.
const pointIcons = { plain: pointIconOf(false), selected: pointIconOf(true) };
const clusterIcons = new Map<number, L.DivIcon>();

function clusterIcon(count: number): L.DivIcon {
  const cached = clusterIcons.get(count);
  if (cached) return cached;
  const size = count < 10 ? 32 : count < 100 ? 40 : 48;
  const icon = L.divIcon({
    className: '',
    html: `<span class="flex size-full items-center justify-center rounded-full border-2 border-white bg-brand-900 text-sm font-bold text-white shadow">${count}</span>`,
    iconSize: [size, size],
    iconAnchor: [size / 2, size / 2],
  });
  clusterIcons.set(count, icon);
  return icon;
}

function currentView(map: L.Map) {
  const bounds = map.getBounds();
  return {
    bbox: [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()] as [
      number,
      number,
      number,
      number,
    ],
    zoom: Math.round(map.getZoom()),
  };
}

/** The clusters and single points of the current view, recomputed after each move. */
function ClusteredMarkers({
  points,
  selected,
  onSelect,
  clusterLabel,
}: Pick<RetailMapProps, 'points' | 'selected' | 'onSelect' | 'clusterLabel'>) {
  const map = useMap();
  const index = useMemo(() => {
    const cluster = new Supercluster<{ slug: string; name: string }>({
      radius: 56,
      maxZoom: clusterMaxZoom,
    });
    cluster.load(
      points.map((p) => ({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [p.lng, p.lat] },
        properties: { slug: p.slug, name: p.name },
      })),
    );
    return cluster;
  }, [points]);
  const [view, setView] = useState(() => currentView(map));
  useMapEvents({ moveend: () => setView(currentView(map)) });
  const clusters = useMemo(() => index.getClusters(view.bbox, view.zoom), [index, view]);

  return clusters.map((feature) => {
    const [lng, lat] = feature.geometry.coordinates as [number, number];
    const properties = feature.properties;
    if ('cluster' in properties && properties.cluster) {
      const count = properties.point_count;
      const label = clusterLabel.replace('{count}', String(count));
      return (
        <Marker
          key={`cluster-${properties.cluster_id}`}
          position={[lat, lng]}
          icon={clusterIcon(count)}
          title={label}
          alt={label}
          eventHandlers={{
            click: () =>
              map.flyTo(
                [lat, lng],
                Math.min(index.getClusterExpansionZoom(properties.cluster_id), clusterMaxZoom + 1),
              ),
          }}
        />
      );
    }
    const { slug, name } = properties as { slug: string; name: string };
    return (
      <Marker
        key={slug}
        position={[lat, lng]}
        icon={slug === selected ? pointIcons.selected : pointIcons.plain}
        title={name}
        alt={name}
        zIndexOffset={slug === selected ? 1000 : 0}
        eventHandlers={{ click: () => onSelect(slug) }}
      />
    );
  });
}

/** Fits the map to the points whenever the set of points changes (a new filter). */
function FitToPoints({
  points,
  provinceBounds,
}: Pick<RetailMapProps, 'points' | 'provinceBounds'>) {
  const map = useMap();
  useEffect(() => {
    if (points.length === 0) map.fitBounds(provinceBounds);
    else
      map.fitBounds(L.latLngBounds(points.map((p) => [p.lat, p.lng])), {
        padding: [32, 32],
        maxZoom: 14,
      });
  }, [map, points, provinceBounds]);
  return null;
}

/** Brings a point chosen outside the map into view, close enough to stand out of its cluster. */
function PanToSelected({
  points,
  selected,
  panToSelected,
}: Pick<RetailMapProps, 'points' | 'selected' | 'panToSelected'>) {
  const map = useMap();
  useEffect(() => {
    if (!panToSelected || !selected) return;
    const point = points.find((p) => p.slug === selected);
    if (point) map.setView([point.lat, point.lng], clusterMaxZoom + 1);
  }, [map, points, selected, panToSelected]);
  return null;
}

/** Leaflet's zoom buttons read "Zoom in"/"Zoom out" in English: say it in the page's language. */
function LocalizeZoomButtons({
  zoomInLabel,
  zoomOutLabel,
}: Pick<RetailMapProps, 'zoomInLabel' | 'zoomOutLabel'>) {
  const map = useMap();
  useEffect(() => {
    const container = map.getContainer();
    for (const [selector, label] of [
      ['.leaflet-control-zoom-in', zoomInLabel],
      ['.leaflet-control-zoom-out', zoomOutLabel],
    ] as const) {
      const button = container.querySelector(selector);
      button?.setAttribute('title', label);
      button?.setAttribute('aria-label', label);
    }
  }, [map, zoomInLabel, zoomOutLabel]);
  return null;
}

export default function RetailMap(props: RetailMapProps) {
  const { points, tileUrl, tileAttribution, provinceBounds } = props;
  const [tilesFailed, setTilesFailed] = useState(false);
  const [outline, setOutline] = useState<Feature<MultiPolygon>>();
  useEffect(() => {
    let isCurrent = true;
    fetch('/data/province-outline.geojson')
      .then((response) => (response.ok ? response.json() : undefined))
      .then((data: Feature<MultiPolygon> | undefined) => isCurrent && setOutline(data))
      // Without the outline the map still has its points and, when they load, its tiles.
      .catch(() => undefined);
    return () => {
      isCurrent = false;
    };
  }, []);
  const tileErrors = useRef(0);
  return (
    <div className="relative h-full" role="region" aria-label={props.label}>
      <MapContainer
        bounds={provinceBounds}
        className="h-full w-full rounded-lg bg-sky-50"
        scrollWheelZoom={false}
      >
        {outline && (
          <GeoJSON
            data={outline}
            attribution={provinceOutlineSource}
            style={{ color: '#14532d', weight: 2, fillColor: '#f5f5dc', fillOpacity: 0.6 }}
            interactive={false}
          />
        )}
        <TileLayer
          url={tileUrl}
          attribution={tileAttribution}
          eventHandlers={{
            // A few failed tiles happen; many mean the tile server is out of reach.
            tileerror: () => {
              tileErrors.current += 1;
              if (tileErrors.current >= 4) setTilesFailed(true);
            },
          }}
        />
        <ClusteredMarkers
          points={points}
          selected={props.selected}
          onSelect={props.onSelect}
          clusterLabel={props.clusterLabel}
        />
        <FitToPoints points={points} provinceBounds={provinceBounds} />
        <PanToSelected
          points={points}
          selected={props.selected}
          panToSelected={props.panToSelected}
        />
        <LocalizeZoomButtons zoomInLabel={props.zoomInLabel} zoomOutLabel={props.zoomOutLabel} />
      </MapContainer>
      {tilesFailed && (
        <p className="absolute top-2 right-2 left-12 z-[1000] rounded bg-white/90 p-2 text-xs shadow">
          {props.tilesFailedNotice}
        </p>
      )}
    </div>
  );
}
