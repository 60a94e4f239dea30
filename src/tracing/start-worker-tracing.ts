// Imported first by src/worker.ts: the worker's outgoing requests through `http` (webhook
// deliveries) become child spans of the activity that made them (fetch, i.e. undici, is not covered).
import { startTracing } from './tracing';

startTracing('worker');
