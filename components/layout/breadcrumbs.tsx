import { PageLink } from '@/components/ui/page-link';

/** Where this page sits in the site; the last item is the page itself. */
export function Breadcrumbs({
  label,
  items,
}: {
  label: string;
  items: Array<{ name: string; href: string }>;
}) {
  return (
    <nav aria-label={label} className="no-print text-sm">
      <ol className="flex flex-wrap items-center gap-1 text-stone-700">
        {items.map((item, index) => {
          const isLast = index === items.length - 1;
          return (
            <li key={item.href} className="flex items-center gap-1">
              {isLast ? (
                <span aria-current="page">{item.name}</span>
              ) : (
                <>
                  <PageLink href={item.href}>{item.name}</PageLink>
                  <span aria-hidden="true">›</span>
                </>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
