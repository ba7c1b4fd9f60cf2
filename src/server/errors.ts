/** An answer the API gives on purpose: a status, a stable code, a message for people. */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: number,
    /** Stable, for programs: `not-found`, `conflict`, `unauthorized`, `bad-request`… */
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export const notFound = (what: string): ApiError => new ApiError(404, 'not-found', `${what} not found`);

/** The body of every error answer. */
export interface ErrorBody {
  readonly error: { readonly code: string; readonly message: string };
}

/** Maps anything thrown in a route to a status and the one error body. */
export function errorAnswer(error: unknown): { status: number; body: ErrorBody } {
  if (error instanceof ApiError) return { status: error.status, body: { error: { code: error.code, message: error.message } } };
  const fastify = error as { statusCode?: unknown; code?: unknown; message?: unknown; validation?: unknown };
  if (fastify.validation !== undefined) return { status: 400, body: { error: { code: 'bad-request', message: String(fastify.message) } } };
  if (typeof fastify.statusCode === 'number' && fastify.statusCode >= 400 && fastify.statusCode < 500) {
    const code = fastify.statusCode === 413 ? 'too-large' : fastify.statusCode === 415 ? 'unsupported-media-type' : 'bad-request';
    return { status: fastify.statusCode, body: { error: { code, message: String(fastify.message) } } };
  }
  return { status: 500, body: { error: { code: 'internal', message: 'internal error' } } };
}
