'use client';

import { PageLink } from '@/components/ui/page-link';
import { usePathname } from 'next/navigation';

export interface NavItem {
  href: string;
  label: string;
}

/** How a link relates to the page: the page itself, a page inside its section, or neither. */
function currentness(href: string, pathname: string): 'page' | 'true' | undefined {
  if (pathname === href) return 'page';
  return pathname.startsWith(`${href}/`) ? 'true' : undefined;
}

/**
 * The links of a navigation landmark, the current page marked. It reads the path while the page is
 * rendered, so the page's HTML carries the mark.
 */
export function NavList({ items, className }: { items: NavItem[]; className?: string }) {
  const pathname = usePathname();
  return (
    <ul className={className}>
      {items.map((item) => {
        const current = currentness(item.href, pathname);
        return (
          <li key={item.href}>
            <PageLink
              href={item.href}
              aria-current={current}
              className={`block rounded px-2 py-1 text-sm font-medium no-underline hover:bg-brand-50 hover:underline ${current ? 'bg-brand-50 text-brand-900 underline decoration-2' : 'text-stone-800'}`}
            >
              {item.label}
            </PageLink>
          </li>
        );
      })}
    </ul>
  );
}
