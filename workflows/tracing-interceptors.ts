/**
 * Workflow interceptors of the bundle (src/cli/build-workflow-bundle.ts adds this module): Temporal's
 * OpenTelemetry interceptors, for the workflows that a traced client started, and for nobody else.
 *
 * A workflow is traced when its start carried trace context (the `_tracer-data` header the client
 * interceptor writes while OTEL_EXPORTER_OTLP_ENDPOINT is set). Every other workflow, and every
 * recorded history from before tracing, runs exactly as without this module: the calls go straight
 * to `next`, the OpenTelemetry code is not even loaded, and no SDK flag is read or set (the
 * interceptors' own flags would otherwise change the order of yields of a replayed history).
 * Whether a workflow is traced comes from its start event, so a replay decides the same way.
 */
import type {
  Next,
  WorkflowInboundCallsInterceptor,
  WorkflowInterceptors,
  WorkflowInternalsInterceptor,
  WorkflowOutboundCallsInterceptor,
} from '@temporalio/workflow';

/** The header @temporalio/interceptors-opentelemetry carries the trace context in. */
const TRACE_HEADER = '_tracer-data';

type OtelWorkflow = typeof import('@temporalio/interceptors-opentelemetry/lib/workflow');

function loadOtel(): OtelWorkflow {
  // Loaded on the first traced workflow only (webpack bundles it; it runs when required).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('@temporalio/interceptors-opentelemetry/lib/workflow') as OtelWorkflow;
}

const INBOUND = ['handleSignal', 'handleUpdate', 'validateUpdate', 'handleQuery'] as const;
const OUTBOUND = [
  'scheduleActivity',
  'scheduleLocalActivity',
  'startNexusOperation',
  'startChildWorkflowExecution',
  'continueAsNew',
  'signalWorkflow',
  'getLogAttributes',
  'getMetricTags',
] as const;

type AnyMethod = (input: unknown, next: (input: unknown) => unknown) => unknown;

/** Methods that go to the OpenTelemetry interceptor while traced, straight to `next` otherwise. */
function gated<T extends object>(names: readonly string[], target: () => T | undefined): Record<string, AnyMethod> {
  const out: Record<string, AnyMethod> = {};
  for (const name of names) {
    out[name] = (input, next) => {
      const t = target() as Record<string, AnyMethod | undefined> | undefined;
      const method = t?.[name];
      return method ? method.call(t, input, next) : next(input);
    };
  }
  return out;
}

export const interceptors = (): WorkflowInterceptors => {
  // One call per workflow execution: this state is the execution's own.
  let otel: { inbound: WorkflowInboundCallsInterceptor; outbound: WorkflowOutboundCallsInterceptor; internals: WorkflowInternalsInterceptor } | undefined;
  const inbound: WorkflowInboundCallsInterceptor = {
    ...(gated(INBOUND, () => otel?.inbound) as WorkflowInboundCallsInterceptor),
    execute(input, next: Next<WorkflowInboundCallsInterceptor, 'execute'>) {
      if (!input.headers[TRACE_HEADER]) return next(input);
      const lib = loadOtel();
      otel = {
        inbound: new lib.OpenTelemetryInboundInterceptor(),
        outbound: new lib.OpenTelemetryOutboundInterceptor(),
        internals: new lib.OpenTelemetryInternalsInterceptor(),
      };
      // eslint-disable-next-line @typescript-eslint/no-non-null-assertion
      return otel.inbound.execute!(input, next);
    },
  };
  return {
    inbound: [inbound],
    outbound: [gated(OUTBOUND, () => otel?.outbound) as WorkflowOutboundCallsInterceptor],
    internals: [gated(['dispose'], () => otel?.internals) as WorkflowInternalsInterceptor],
  };
};
