import type { WorkflowClientInterceptor } from '@temporalio/client';
import type { InjectedSinks, WorkerInterceptors } from '@temporalio/worker';
import { activeTracing } from './tracing';

/**
 * The Temporal client's workflow interceptors for tracing (the API's and the worker's client): starts,
 * signals and Updates carry the trace in their headers. Empty while tracing is off.
 */
export function tracingWorkflowClientInterceptors(): WorkflowClientInterceptor[] {
  if (!activeTracing()) return [];
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { OpenTelemetryWorkflowClientInterceptor } = require('@temporalio/interceptors-opentelemetry') as typeof import('@temporalio/interceptors-opentelemetry');
  return [new OpenTelemetryWorkflowClientInterceptor()];
}

/** Activity interceptors: RunActivity spans, children of the workflow's StartActivity span. */
export function tracingWorkerInterceptors(): WorkerInterceptors | undefined {
  if (!activeTracing()) return undefined;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const otel = require('@temporalio/interceptors-opentelemetry') as typeof import('@temporalio/interceptors-opentelemetry');
  return {
    activity: [(ctx) => ({ inbound: new otel.OpenTelemetryActivityInboundInterceptor(ctx), outbound: new otel.OpenTelemetryActivityOutboundInterceptor(ctx) })],
  };
}

/**
 * The `exporter` sink the workflow interceptors (workflows/tracing-interceptors.ts, in the bundle)
 * hand their spans to. Always registered: a workflow started by a traced client runs its interceptors
 * even on a worker with tracing off, and there the sink drops the spans quietly.
 */
export function tracingSinks(): InjectedSinks<Record<string, never>> {
  const tracing = activeTracing();
  if (!tracing) return { exporter: { export: { fn: () => undefined, callDuringReplay: false } } } as never;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { makeWorkflowExporter } = require('@temporalio/interceptors-opentelemetry') as typeof import('@temporalio/interceptors-opentelemetry');
  return { exporter: makeWorkflowExporter(tracing.spanProcessor, tracing.resource) } as never;
}
