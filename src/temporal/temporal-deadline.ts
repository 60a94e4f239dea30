import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Client } from '@temporalio/client';
import type { Request } from 'express';
import { Observable, Subscription } from 'rxjs';

/** The call timeout of each API client (TEMPORAL_CALL_TIMEOUT_MS), noted when the client is made. */
const timeouts = new WeakMap<Client, number>();
const DEFAULT_TIMEOUT_MS = 5_000;

export function setTemporalCallTimeout(client: Client, timeoutMs: number): void {
  timeouts.set(client, timeoutMs);
}

/**
 * Runs `fn` with every Temporal call in it (the SDK's own retries and an Update's wait for its result
 * included) bounded by one deadline, TEMPORAL_CALL_TIMEOUT_MS from now. Past it the call fails with
 * DEADLINE_EXCEEDED, which the exception filter answers with 503. A nested use sets a fresh deadline.
 */
export function withTemporalDeadline<T>(client: Client, fn: () => Promise<T>): Promise<T> {
  return client.withDeadline(Date.now() + (timeouts.get(client) ?? DEFAULT_TIMEOUT_MS), fn);
}

/**
 * Every request's Temporal calls run under a deadline, so that no route waits on an unreachable or
 * stuck Temporal for longer than TEMPORAL_CALL_TIMEOUT_MS, whatever service makes the call. (An
 * interceptor rather than a middleware: like RequestContextInterceptor, it must run after the body
 * has been read, in the handler's own async context.)
 */
@Injectable()
export class TemporalDeadlineInterceptor implements NestInterceptor {
  constructor(private readonly client: Client) {}

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    // An upload is read by the route itself, for as long as the uplink takes: it bounds its own
    // Temporal call once the packet is stored (ToursService.uploadBatch).
    if (ctx.switchToHttp().getRequest<Request>().is('multipart/form-data')) return next.handle();
    return new Observable((subscriber) => {
      let inner: Subscription | undefined;
      void withTemporalDeadline(
        this.client,
        () =>
          new Promise<void>((settled) => {
            inner = next.handle().subscribe({
              next: (value) => subscriber.next(value),
              error: (err) => {
                subscriber.error(err);
                settled();
              },
              complete: () => {
                subscriber.complete();
                settled();
              },
            });
          }),
      );
      return () => inner?.unsubscribe();
    });
  }
}
