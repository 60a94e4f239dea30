import { Global, Injectable, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { Client, Connection } from '@temporalio/client';
import { isTemporalUnavailable } from '../common/dependency-errors';
import { WorkflowCallLogInterceptor } from './workflow-call-log';
import { AppConfig } from '../config/app-config';
import { tracingWorkflowClientInterceptors } from '../tracing/temporal-tracing';
import { ensureSearchAttributes } from './search-attributes';
import { setTemporalCallTimeout, TemporalDeadlineInterceptor, withTemporalDeadline } from './temporal-deadline';

/** How often the API tries again to register the search attributes while Temporal is unreachable. */
const SEARCH_ATTRIBUTES_RETRY_MS = 5_000;

/**
 * The API's Temporal client: registers the search attributes once Temporal answers, and closes its
 * connection when the application shuts down.
 */
@Injectable()
export class TemporalClientLifecycle implements OnApplicationShutdown {
  private readonly logger = new Logger('Temporal');
  private retry?: NodeJS.Timeout;
  private closed = false;

  constructor(
    private readonly client: Client,
    private readonly config: AppConfig,
  ) {}

  /**
   * Registers the project's search attributes. With Temporal unreachable the API starts anyway (its
   * routes answer 503 temporal_unavailable until Temporal is back) and this keeps trying in the background.
   */
  async registerSearchAttributes(): Promise<void> {
    if (await this.tryRegister()) return;
    this.logger.warn(`Temporal at ${this.config.TEMPORAL_ADDRESS} is unreachable; starting anyway, retrying every ${SEARCH_ATTRIBUTES_RETRY_MS / 1000} s`);
    const retry = () => {
      this.retry = setTimeout(() => {
        if (this.closed) return;
        this.tryRegister().then(
          (done) => {
            if (done) this.logger.log('Temporal is reachable: search attributes registered');
            else if (!this.closed) retry();
          },
          (err) => {
            // Not only while unreachable: until they exist, starts are refused (and would be given back).
            this.logger.error(`could not register the search attributes, trying again: ${(err as Error).message}`);
            if (!this.closed) retry();
          },
        );
      }, SEARCH_ATTRIBUTES_RETRY_MS);
      this.retry.unref();
    };
    retry();
  }

  /** True once registered; false while Temporal is unreachable (or the API is closing); other errors are thrown. */
  private async tryRegister(): Promise<boolean> {
    if (this.closed) return false;
    try {
      await withTemporalDeadline(this.client, () => ensureSearchAttributes(this.client.connection as Connection, this.config.TEMPORAL_NAMESPACE));
      return true;
    } catch (err) {
      if (this.closed || isTemporalUnavailable(err)) return false;
      throw err;
    }
  }

  async onApplicationShutdown(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retry);
    await this.client.connection.close();
  }
}

@Global()
@Module({
  providers: [
    {
      provide: Client,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => {
        if (!config.TEMPORAL_ADDRESS) {
          throw new Error('TEMPORAL_ADDRESS is not set: run `npm start` (it provides a Temporal server) or set TEMPORAL_ADDRESS');
        }
        // Lazy: the API starts while Temporal is down or restarting, and connects on the first call.
        const connection = Connection.lazy({
          address: config.TEMPORAL_ADDRESS,
          // After an outage, reconnect within seconds rather than grpc's default backoff of up to two minutes.
          channelArgs: { 'grpc.max_reconnect_backoff_ms': 5_000 },
        });
        // Logging (issue 16): a line per workflow started, signalled or updated, with its id; with tracing
        // on (OTEL_EXPORTER_OTLP_ENDPOINT), starts and signals also carry the trace to the workflow.
        const client = new Client({
          connection,
          namespace: config.TEMPORAL_NAMESPACE,
          interceptors: { workflow: [new WorkflowCallLogInterceptor(), ...tracingWorkflowClientInterceptors()] },
        });
        setTemporalCallTimeout(client, config.TEMPORAL_CALL_TIMEOUT_MS);
        return client;
      },
    },
    TemporalClientLifecycle,
    { provide: APP_INTERCEPTOR, useClass: TemporalDeadlineInterceptor },
  ],
  exports: [Client, TemporalClientLifecycle],
})
export class TemporalModule {}
