import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { ErrorCode } from './error-codes';

/** Seconds a client is told to wait before it tries again (the Retry-After of a 503). */
const RETRY_AFTER_SECONDS = 5;

/**
 * The last line against a hang: a request not answered within `ms` answers 503 with Retry-After.
 * The deadlines on Temporal calls and Postgres statements end nearly everything sooner; this covers
 * what they cannot see, such as a query sent on a pooled connection to a database that stopped
 * answering mid-conversation (the authentication guard's first query included, hence a middleware).
 * The handler's own answer, if it comes later, is dropped (DomainExceptionFilter sees the answer
 * sent). Uploads are left out: reading a packet over a slow uplink is part of their work.
 */
export function requestTimeout(ms: number): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.is('multipart/form-data')) return next();
    const timer = setTimeout(() => {
      if (res.headersSent) return;
      res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
      res.status(503).json({
        statusCode: 503,
        code: 'dependency_timeout' satisfies ErrorCode,
        message: 'The service could not answer in time (a database or the workflow service is not answering); try again',
        retryAfterSeconds: RETRY_AFTER_SECONDS,
      });
    }, ms);
    const clear = () => clearTimeout(timer);
    res.once('finish', clear);
    res.once('close', clear);
    next();
  };
}
