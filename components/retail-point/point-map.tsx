'use client';

import dynamic from 'next/dynamic';
import { useHasJavaScript } from '@/components/ui/use-has-javascript';
import type { MapPoint, RetailMapProps } from './retail-map';

const RetailMap = dynamic(() => import('./retail-map'), { ssr: false });

/** One sales point on a small map; absent without JavaScript (the address and directions remain). */
export function PointMap({
  point,
  ...props
}: { point: MapPoint } & Omit<
  RetailMapProps,
  'points' | 'selected' | 'panToSelected' | 'onSelect'
>) {
  const hasJavaScript = useHasJavaScript();
  // Full size from the first paint (no layout shift); hidden without JavaScript (see the layout).
  return (
    <div className="js-only h-64">
      {hasJavaScript && (
        <RetailMap
          points={[point]}
          selected={point.slug}
          panToSelected={false}
          onSelect={() => {}}
          {...props}
        />
      )}
    </div>
  );
}
