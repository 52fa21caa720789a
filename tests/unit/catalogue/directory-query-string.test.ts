import { describe, expect, it } from 'vitest';
import {
  emptyDirectoryState,
  fromDirectoryQueryString,
  toDirectoryQueryString,
  type DirectoryState,
} from '@/lib/catalogue/directory-query-string';
import { parseProducerQuery } from '@/lib/catalogue/producer-query';

const filtered: DirectoryState = {
  ...emptyDirectoryState,
  q: 'nấm linh chi',
  type: ['cooperative', 'household-business'],
  region: ['west'],
  area: ['xa-duc-nhuan'],
  group: ['food'],
  stars: [4, 5],
  wholesale: true,
  export: false,
  sort: 'products',
  page: 3,
};

describe('directory state in the URL', () => {
  it('leaves every default out, so the plain directory has no query string', () => {
    expect(toDirectoryQueryString(emptyDirectoryState)).toBe('');
  });

  it('writes lists, flags, sort and page, and reads them back unchanged', () => {
    const search = toDirectoryQueryString(filtered);
    expect(search).toBe(
      '?q=n%E1%BA%A5m+linh+chi&type=cooperative&type=household-business&region=west&area=xa-duc-nhuan&group=food&stars=4&stars=5&wholesale=true&export=false&sort=products&page=3',
    );
    expect(fromDirectoryQueryString(search)).toEqual(filtered);
  });

  it('writes what the server parses to the same query', () => {
    const parsed = parseProducerQuery(
      new URLSearchParams(toDirectoryQueryString(filtered, { lang: 'en' })),
    );
    expect(parsed.ok && parsed.query).toMatchObject({ ...filtered, lang: 'en' });
  });

  it('reads comma lists and ignores what it cannot mirror (the server reports it)', () => {
    const state = fromDirectoryQueryString(
      '?type=cooperative,enterprise&stars=4,9&wholesale=maybe&page=-2',
    );
    expect(state.type).toEqual(['cooperative', 'enterprise']);
    expect(state.stars).toEqual([4]);
    expect(state.wholesale).toBeUndefined();
    expect(state.page).toBe(1);
  });
});
