import { Resource } from '@opentelemetry/resources';
import { BatchSpanProcessor, SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';

/**
 * OpenTelemetry tracing, off unless OTEL_EXPORTER_OTLP_ENDPOINT is set: then spans go by OTLP/HTTP
 * (JSON) to `<endpoint>/v1/traces`. Off, nothing here is even loaded (the exporter and the HTTP
 * instrumentation are required only when on), so a process without the variable pays nothing.
 */
export interface Tracing {
  serviceName: string;
  resource: Resource;
  /** The processor of the process's provider; the worker hands it to the workflow span sink too. */
  spanProcessor: SpanProcessor;
  /** Sends what is still buffered and stops. */
  shutdown(): Promise<void>;
}

let current: Tracing | undefined;

export function tracingEnabled(): boolean {
  return Boolean(process.env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim());
}

/** The tracing of this process, when startTracing turned it on. */
export function activeTracing(): Tracing | undefined {
  return current;
}

/**
 * Turns tracing on for this process (once) when OTEL_EXPORTER_OTLP_ENDPOINT is set. Must run before
 * `http` is loaded by anything else (Express, Nest), so that the HTTP instrumentation can wrap it:
 * the entry points import ./start-api-tracing or ./start-worker-tracing first.
 */
export function startTracing(serviceName: 'api' | 'worker'): Tracing | undefined {
  if (current || !tracingEnabled()) return current;
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { OTLPTraceExporter } = require('@opentelemetry/exporter-trace-otlp-http') as typeof import('@opentelemetry/exporter-trace-otlp-http');
  const { registerInstrumentations } = require('@opentelemetry/instrumentation') as typeof import('@opentelemetry/instrumentation');
  const { HttpInstrumentation } = require('@opentelemetry/instrumentation-http') as typeof import('@opentelemetry/instrumentation-http');
  /* eslint-enable @typescript-eslint/no-require-imports */
  const resource = new Resource({ [ATTR_SERVICE_NAME]: serviceName });
  // The exporter reads OTEL_EXPORTER_OTLP_ENDPOINT (and _HEADERS, _TIMEOUT) itself; the processor OTEL_BSP_*.
  const spanProcessor = new BatchSpanProcessor(new OTLPTraceExporter());
  const provider = new NodeTracerProvider({ resource, spanProcessors: [spanProcessor] });
  // AsyncLocalStorage context and W3C traceparent propagation.
  provider.register();
  registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      new HttpInstrumentation({
        // Probes and scrapes would drown the traces that matter.
        ignoreIncomingRequestHook: (req) => /^\/(health|metrics)(\/|\?|$)/.test(req.url ?? ''),
        // The exporter's own requests to the collector are not traced.
        ignoreOutgoingRequestHook: (req) => String(req.path ?? '').startsWith('/v1/traces'),
      }),
    ],
  });
  current = {
    serviceName,
    resource,
    spanProcessor,
    // At most a few seconds: a collector that is down must not hold up a stopping process.
    shutdown: async () => {
      let timer: NodeJS.Timeout | undefined;
      const limit = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, 3_000);
        timer.unref();
      });
      await Promise.race([provider.shutdown().catch(() => undefined), limit]);
      clearTimeout(timer);
    },
  };
  return current;
}

/** Flushes and stops tracing (a no-op when it is off). */
export async function shutdownTracing(): Promise<void> {
  const tracing = current;
  current = undefined;
  await tracing?.shutdown();
}
