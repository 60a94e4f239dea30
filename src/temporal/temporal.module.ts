import { Global, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import { AppConfig } from '../config/app-config';

/** The API's Temporal client; its connection is closed when the application shuts down. */
@Injectable()
export class TemporalClientLifecycle implements OnApplicationShutdown {
  constructor(private readonly client: Client) {}

  async onApplicationShutdown(): Promise<void> {
    await this.client.connection.close();
  }
}

@Global()
@Module({
  providers: [
    {
      provide: Client,
      inject: [AppConfig],
      useFactory: async (config: AppConfig) => {
        if (!config.TEMPORAL_ADDRESS) {
          throw new Error('TEMPORAL_ADDRESS is not set: run `npm start` (it provides a Temporal server) or set TEMPORAL_ADDRESS');
        }
        const connection = await Connection.connect({ address: config.TEMPORAL_ADDRESS });
        return new Client({ connection, namespace: config.TEMPORAL_NAMESPACE });
      },
    },
    TemporalClientLifecycle,
  ],
  exports: [Client],
})
export class TemporalModule {}
