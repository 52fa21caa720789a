/**
 * Strings of the editors' preview banner (issue 8), kept in their own file; vi.ts and en.ts take
 * them in as `preview`.
 */
interface PreviewStrings {
  /** Accessible name of the banner's region. */
  label: string;
  /** What the banner says while draft mode is on. */
  message: string;
  exit: string;
}

export const previewStrings: Record<'vi' | 'en', PreviewStrings> = {
  vi: {
    label: 'Chế độ xem trước',
    message: 'Chế độ xem trước: đang hiện bản nháp từ Contentful, không lưu bộ nhớ đệm.',
    exit: 'Thoát chế độ xem trước',
  },
  en: {
    label: 'Preview mode',
    message: 'Preview mode: showing drafts from Contentful, not cached.',
    exit: 'Exit preview',
  },
};
