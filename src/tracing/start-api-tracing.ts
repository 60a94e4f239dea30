// Imported first by src/main.ts: tracing (when OTEL_EXPORTER_OTLP_ENDPOINT is set) must wrap `http`
// before Express and Nest load it.
import { startTracing } from './tracing';

startTracing('api');
