/**
 * Strings of the 404 and error pages, kept apart from the full dictionaries because those pages
 * are client components (they get no params and read the language from the path): only these few
 * strings ship to the browser.
 */
interface StatusPageStrings {
  notFound: { title: string; body: string; home: string };
  error: { title: string; body: string; retry: string };
}

export const statusPageStrings: Record<'vi' | 'en', StatusPageStrings> = {
  vi: {
    notFound: {
      title: 'Không tìm thấy trang',
      body: 'Trang bạn tìm không tồn tại hoặc đã được chuyển đi.',
      home: 'Về trang chủ',
    },
    error: {
      title: 'Đã có lỗi xảy ra',
      body: 'Trang chưa hiển thị được. Vui lòng thử lại sau ít phút.',
      retry: 'Thử lại',
    },
  },
  en: {
    notFound: {
      title: 'Page not found',
      body: 'The page you are looking for does not exist or has moved.',
      home: 'Go to the home page',
    },
    error: {
      title: 'Something went wrong',
      body: 'This page could not be shown. Please try again in a few minutes.',
      retry: 'Try again',
    },
  },
};

/** The language of a path, for pages that receive no params. */
export function languageOfPath(pathname: string | null): 'vi' | 'en' {
  return pathname === '/en' || pathname?.startsWith('/en/') ? 'en' : 'vi';
}
