import { Module } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Request } from 'express';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig } from '../config/app-config';
import { ConfigModule } from '../config/config.module';
import { rootLogger, scrubUrl } from './logging';
import { contextOf, requestIdOf, requestLogFields } from './request-context';

/** Probes (compose, load balancers) and Prometheus ask every few seconds: their lines only at debug. */
const PROBE = /^\/(health|metrics)(\/|\?|$)/;

/**
 * The API's logging (nestjs-pino over the process's pino logger, see logging.ts): one line per
 * request when it is answered (method, path without secrets, status, time), and every line logged
 * while serving a request carries its requestId (the X-Request-Id the answer echoes), the actor
 * and the office once known. Headers are never logged.
 */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      imports: [ConfigModule],
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        pinoHttp: {
          logger: rootLogger(config, 'api', requestLogFields),
          genReqId: (req: IncomingMessage) => requestIdOf(req as Request),
          quietReqLogger: true,
          customAttributeKeys: { reqId: 'requestId' },
          customProps: (req: IncomingMessage) => {
            const context = contextOf(req as Request);
            return { actor: context?.actor, officeId: context?.actorOfficeId ?? context?.officeId ?? undefined };
          },
          customLogLevel: (req: IncomingMessage, res: ServerResponse, err?: Error) =>
            err || res.statusCode >= 500 ? 'error' : PROBE.test(req.url ?? '') ? 'debug' : 'info',
          customSuccessMessage: (req: IncomingMessage, res: ServerResponse) => `${req.method} ${scrubUrl((req as Request).originalUrl ?? req.url)} ${res.statusCode}`,
          customErrorMessage: (req: IncomingMessage, res: ServerResponse) => `${req.method} ${scrubUrl((req as Request).originalUrl ?? req.url)} ${res.statusCode}`,
          serializers: {
            req: (req: { method?: string; url?: string; remoteAddress?: string }) => ({ method: req.method, url: scrubUrl(req.url), remoteAddress: req.remoteAddress }),
            res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
          },
        },
      }),
    }),
  ],
})
export class ApiLoggerModule {}
