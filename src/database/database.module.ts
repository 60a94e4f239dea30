import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../config/app-config';
import { workerSettings } from '../config/worker-settings';
import { dataSourceOptions } from './data-source';

/**
 * The process's TypeORM connection. The API's pool has DATABASE_POOL_SIZE connections; the worker's is
 * sized from its activity slots (see workerSettings), so an activity never waits for a connection.
 */
@Module({})
export class DatabaseModule {
  static forProcess(kind: 'api' | 'worker'): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (config: AppConfig) => {
            if (!config.DATABASE_URL) {
              throw new Error('DATABASE_URL is not set: run `npm start` (it provides a database) or set DATABASE_URL');
            }
            const poolSize = kind === 'worker' ? workerSettings(config).databasePoolSize : config.DATABASE_POOL_SIZE;
            return dataSourceOptions(config.DATABASE_URL, poolSize, {
              connectTimeoutMs: config.DATABASE_CONNECT_TIMEOUT_MS,
              statementTimeoutMs: config.DATABASE_STATEMENT_TIMEOUT_MS,
            });
          },
        }),
      ],
    };
  }
}
