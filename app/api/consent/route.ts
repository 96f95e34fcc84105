import { handleConsentPost, methodNotAllowed } from '@/lib/consent/api';
import { drainingResponse, isDraining, track } from '@/lib/ops/shutdown';
import { currentRevision } from '@/lib/policy/revision';
import { serverConsentLog, serverRateLimiter } from '@/lib/receipts/server';

function isHttps(request: Request): boolean {
  return new URL(request.url).protocol === 'https:' || request.headers.get('x-forwarded-proto') === 'https';
}

export async function POST(request: Request): Promise<Response> {
  if (isDraining()) return drainingResponse();
  return track(async () =>
    handleConsentPost(request, {
      revision: await currentRevision(),
      secure: isHttps(request),
      receipts: serverConsentLog(),
      rateLimiter: serverRateLimiter(),
    }),
  );
}

export const GET = methodNotAllowed;
export const HEAD = methodNotAllowed;
export const PUT = methodNotAllowed;
export const PATCH = methodNotAllowed;
export const DELETE = methodNotAllowed;
export const OPTIONS = methodNotAllowed;
