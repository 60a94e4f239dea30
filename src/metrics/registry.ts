import { collectDefaultMetrics, Registry } from 'prom-client';

/**
 * The process's own metrics registry (not prom-client's global one), with Node's default process
 * metrics (CPU, memory, event-loop lag, GC) and a `process` label saying which process answers.
 */
export function createMetricsRegistry(processName: 'api' | 'worker'): Registry {
  const registry = new Registry();
  registry.setDefaultLabels({ process: processName });
  collectDefaultMetrics({ register: registry });
  return registry;
}
