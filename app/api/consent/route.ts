import { handleConsentPost, methodNotAllowed } from '@/lib/consent/api';
import { currentRevision } from '@/lib/policy/revision';

function isHttps(request: Request): boolean {
  return new URL(request.url).protocol === 'https:' || request.headers.get('x-forwarded-proto') === 'https';
}

export async function POST(request: Request): Promise<Response> {
  return handleConsentPost(request, { revision: await currentRevision(), secure: isHttps(request) });
}

export const GET = methodNotAllowed;
export const HEAD = methodNotAllowed;
export const PUT = methodNotAllowed;
export const PATCH = methodNotAllowed;
export const DELETE = methodNotAllowed;
export const OPTIONS = methodNotAllowed;
