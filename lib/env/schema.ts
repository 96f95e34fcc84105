import { z } from 'zod';

// A blank line such as `SITE_URL=` in a .env file means "not set".
const blankAsUnset = (value: unknown) => (value === '' ? undefined : value);

const envSchema = z.object({
  SITE_URL: z.preprocess(
    blankAsUnset,
    z
      .url({ protocol: /^https?$/, error: 'SITE_URL must be an absolute http(s) URL such as https://almajet.aero' })
      .default('https://almajet.aero')
      .transform((url) => url.replace(/\/+$/, '')),
  ),
  NEXT_PUBLIC_GA_ID: z.preprocess(
    blankAsUnset,
    z
      .string()
      .regex(/^G-[A-Z0-9]{4,16}$/, 'NEXT_PUBLIC_GA_ID must look like G-XXXXXXXXXX (a GA4 measurement ID)')
      .optional(),
  ),
  VERCEL: z.string().optional(),
  // How many reverse proxies in front of the site append to X-Forwarded-For (lib/ops/client-address.ts).
  TRUSTED_PROXY_HOPS: z.preprocess(
    blankAsUnset,
    z
      .string()
      .regex(/^\d{1,2}$/, 'TRUSTED_PROXY_HOPS must be a whole number of trusted proxies in front of the site: 0 (clients connect directly), 1 (one reverse proxy such as Caddy or nginx), …')
      .default('0')
      .transform(Number),
  ),
});

export type Env = z.infer<typeof envSchema>;

/** Validates the environment; throws one readable message listing every bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  - ${issue.path.join('.')}: ${issue.message}`);
  throw new Error(`Invalid environment configuration:\n${lines.join('\n')}`);
}

let cached: Env | undefined;

/** The validated environment of this process. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
