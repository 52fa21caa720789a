/** Every page that exists so far, in both languages: the axe sweep and the shell checks walk these. */
export const languages = ['vi', 'en'] as const;
export const pagePaths = ['', '/about'] as const;

export const allPages = languages.flatMap((lang) => pagePaths.map((path) => `/${lang}${path}`));
