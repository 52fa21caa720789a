import path from 'node:path';
import { loadLocalContent } from '../../lib/content/local/local-source';
import { toProvinceDate } from '../../lib/time/province-time';

/** The same sample content the site serves: tests compare pages against it rather than against copies. */
export async function loadSampleContent() {
  const { dataset } = await loadLocalContent(path.resolve('content'));
  return { dataset, today: toProvinceDate(new Date()) };
}
