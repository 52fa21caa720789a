/**
 * Every environment variable the site reads, validated once. Nothing else reads `process.env`
 * (Next's own NODE_ENV and NEXT_* aside), so this file is the list an operator needs.
 */
import { z } from 'zod';

const optionalText = z
  .string()
  .trim()
  .transform((value) => value || undefined)
  .optional();

const envSchema = z
  .object({
    CONTENT_SOURCE: z.enum(['local', 'contentful']).default('local'),
    CONTENT_DIR: z.string().trim().min(1).default('content'),
    CONTENTFUL_SPACE_ID: optionalText,
    CONTENTFUL_ACCESS_TOKEN: optionalText,
    CONTENTFUL_PREVIEW_TOKEN: optionalText,
    CONTENTFUL_ENVIRONMENT: z.string().trim().min(1).default('master'),
    CONTENTFUL_HOST: z
      .string()
      .regex(/^[a-z0-9.-]+(:\d+)?$/i, 'must be host or host:port, without a scheme')
      .optional(),
    // Checked here too (lib/publishing/webhook-signature.ts refuses calls either way), so a
    // mistyped secret is reported when the site starts rather than as 401s after each publish.
    CONTENTFUL_WEBHOOK_SECRET: optionalText.refine(
      (secret) => secret === undefined || /^[0-9a-zA-Z+/=_-]{64}$/.test(secret),
      'must be the 64-character signing secret Contentful generates (letters, digits, + / = _ -)',
    ),
    // The shared secret in the editors' "open preview" links (/api/draft?secret=…). Distinct from
    // the webhook secret, and from the preview token, which reads drafts and must never be in a URL.
    CONTENTFUL_PREVIEW_SECRET: optionalText,
    SITE_URL: z
      .url()
      .default('http://localhost:3000')
      .transform((url) => url.replace(/\/+$/, '')),
    MAP_TILE_URL: z.string().default('https://tile.openstreetmap.org/{z}/{x}/{y}.png'),
    MAP_TILE_ATTRIBUTION: z
      .string()
      .default(
        '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
      ),
    DATA_LICENSE: optionalText,
    // The Redis that several instances share Next's cache through (next.config.js, cache-handlers/,
    // docs/deployment.md). The handlers read it themselves when the server starts; checked here too.
    REDIS_URL: optionalText.pipe(
      z
        .url({ protocol: /^rediss?$/, hostname: /./, error: 'must be a redis:// or rediss:// URL' })
        .optional(),
    ),
  })
  .superRefine((env, ctx) => {
    if (env.CONTENT_SOURCE !== 'contentful') return;
    for (const key of ['CONTENTFUL_SPACE_ID', 'CONTENTFUL_ACCESS_TOKEN'] as const) {
      if (!env[key])
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: 'is required when CONTENT_SOURCE=contentful',
        });
    }
  });

export type Env = z.infer<typeof envSchema>;

/** Parses an environment; throws one message listing every bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
  throw new Error(`Invalid environment variables:\n${lines.join('\n')}`);
}

let cached: Env | undefined;

/** The validated environment of this process. */
export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
