/**
 * The licence of the site's data and texts. The content names one (settings.dataLicense, CC BY 4.0
 * in the sample); an operator can override it with DATA_LICENSE, written as a name, optionally
 * followed by the licence's URL: `CC BY-SA 4.0` or `ODbL 1.0 https://opendatacommons.org/licenses/odbl/1-0/`.
 */
import type { SiteSettings } from './schema';

export interface DataLicense {
  name: string;
  url: string | undefined;
}

/** Creative Commons licences by name, so `DATA_LICENSE=CC BY-SA 4.0` is enough. */
const knownLicences: Record<string, string> = {
  'CC BY 4.0': 'https://creativecommons.org/licenses/by/4.0/',
  'CC BY-SA 4.0': 'https://creativecommons.org/licenses/by-sa/4.0/',
  'CC0 1.0': 'https://creativecommons.org/publicdomain/zero/1.0/',
  'ODbL 1.0': 'https://opendatacommons.org/licenses/odbl/1-0/',
};

export function dataLicense(
  settings: Pick<SiteSettings, 'dataLicense'>,
  override: string | undefined,
): DataLicense {
  if (!override) return settings.dataLicense;
  const match = override.trim().match(/^(.*?)\s+(https?:\/\/\S+)$/);
  const name = (match ? match[1]! : override).trim();
  return { name, url: match ? match[2] : knownLicences[name] };
}
