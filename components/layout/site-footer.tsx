import { PageLink } from '@/components/ui/page-link';
import { dataLicense } from '@/lib/content/data-license';
import type { SiteSettings } from '@/lib/content/schema';
import { getEnv } from '@/lib/env';
import type { Dictionary } from '@/lib/i18n/dictionary';
import { fill, localizedString } from '@/lib/i18n/localize';
import type { Locale } from '@/lib/i18n/locales';
import { TemplateText } from '../ui/template-text';

export function SiteFooter({
  lang,
  dict,
  settings,
}: {
  lang: Locale;
  dict: Dictionary;
  settings: SiteSettings;
}) {
  // DATA_LICENSE, when an operator sets it, names the licence in force.
  const license = dataLicense(settings, getEnv().DATA_LICENSE);
  const organisation = (slug: string) => settings.organisations.find((o) => o.slug === slug);
  const owner = organisation(settings.programmeOwner);
  const organiser = organisation(settings.defaultOrganiser);
  const contacts = [owner, organiser].filter((o) => o !== undefined);
  const nameOf = (o: typeof owner) => (o ? localizedString(o.shortName ?? o.name, lang) : '');
  return (
    <footer className="mt-16 border-t border-stone-200 bg-stone-50 text-sm">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 md:grid-cols-3">
        <section aria-labelledby="footer-contacts">
          <h2 id="footer-contacts" className="mb-2 text-base font-bold">
            {dict.footer.contactsHeading}
          </h2>
          <ul className="space-y-3">
            {contacts.map((o) => (
              <li key={o.slug}>
                <p className="font-semibold">{localizedString(o.name, lang)}</p>
                {o.address && <p>{o.address}</p>}
                {o.phone && (
                  <p>
                    {dict.footer.phone}:{' '}
                    <a href={`tel:${o.phone.replace(/[^+\d]/g, '')}`}>{o.phone}</a>
                  </p>
                )}
                {o.email && (
                  <p>
                    {dict.footer.email}: <a href={`mailto:${o.email}`}>{o.email}</a>
                  </p>
                )}
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="footer-sources">
          <h2 id="footer-sources" className="mb-2 text-base font-bold">
            {dict.footer.sourcesHeading}
          </h2>
          <p>
            {fill(dict.footer.sourcesBody, { owner: nameOf(owner), organiser: nameOf(organiser) })}
          </p>
          {settings.isSampleData && (
            <p className="mt-2 font-semibold text-ochre-800">
              {dict.sampleNotice.title}: {dict.sampleNotice.body}
            </p>
          )}
        </section>
        <section aria-labelledby="footer-license">
          <h2 id="footer-license" className="mb-2 text-base font-bold">
            {dict.footer.licenseHeading}
          </h2>
          <p>
            <TemplateText
              template={dict.footer.licenseBody}
              values={{
                license: license.url ? (
                  <a href={license.url} rel="license">
                    {license.name}
                  </a>
                ) : (
                  license.name
                ),
              }}
            />
          </p>
          <nav aria-label={dict.footer.footerNavLabel} className="mt-4">
            <ul className="space-y-1">
              <li>
                <PageLink href={`/${lang}/verify`}>{dict.footer.verifyLink}</PageLink>
              </li>
              <li>
                <PageLink href={`/${lang}/about`}>{dict.nav.about}</PageLink>
              </li>
              <li>
                <PageLink href={`/${lang}/press`}>{dict.nav.press}</PageLink>
              </li>
            </ul>
          </nav>
        </section>
      </div>
    </footer>
  );
}
