import { describe, expect, it } from 'vitest';
import { dataLicense } from '@/lib/content/data-license';

const settings = {
  dataLicense: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
};

describe('the data licence', () => {
  it('is the content’s own unless DATA_LICENSE overrides it', () => {
    expect(dataLicense(settings, undefined)).toEqual(settings.dataLicense);
    expect(dataLicense(settings, '')).toEqual(settings.dataLicense);
  });

  it('takes a known licence by name, or a name followed by its URL', () => {
    expect(dataLicense(settings, 'CC BY-SA 4.0')).toEqual({
      name: 'CC BY-SA 4.0',
      url: 'https://creativecommons.org/licenses/by-sa/4.0/',
    });
    expect(dataLicense(settings, 'Giấy phép mở tỉnh https://example.gov.vn/license')).toEqual({
      name: 'Giấy phép mở tỉnh',
      url: 'https://example.gov.vn/license',
    });
    expect(dataLicense(settings, 'Custom licence')).toEqual({
      name: 'Custom licence',
      url: undefined,
    });
  });
});
