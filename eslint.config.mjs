import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypeScript from 'eslint-config-next/typescript';
import jsxA11y from 'eslint-plugin-jsx-a11y';

// eslint-config-next already registers the jsx-a11y plugin with a few rules; we switch on its whole
// recommended set, since accessibility is a requirement here, not a nicety.
const config = [
  ...nextVitals,
  ...nextTypeScript,
  { rules: jsxA11y.flatConfigs.recommended.rules },
  {
    // Links to pages go through PageLink, which prefetches on intent, not on sight.
    ignores: ['components/ui/page-link.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'next/link',
              message: 'Use PageLink from @/components/ui/page-link: it prefetches on intent.',
            },
          ],
        },
      ],
    },
  },
  {
    ignores: [
      '.next/**',
      '.next-contentful/**',
      '.next-bench/**',
      'node_modules/**',
      'next-env.d.ts',
      'test-results/**',
      'playwright-report/**',
    ],
  },
];

export default config;
