import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../config/app-config';
import { dataSourceOptions } from './data-source';

@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => {
        if (!config.DATABASE_URL) {
          throw new Error('DATABASE_URL is not set: run `npm start` (it provides a database) or set DATABASE_URL');
        }
        return dataSourceOptions(config.DATABASE_URL, 10, {
          connectTimeoutMs: config.DATABASE_CONNECT_TIMEOUT_MS,
          statementTimeoutMs: config.DATABASE_STATEMENT_TIMEOUT_MS,
        });
      },
    }),
  ],
})
export class DatabaseModule {}
