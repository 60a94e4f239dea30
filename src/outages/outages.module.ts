import { Module } from '@nestjs/common';
import { RegistryModule } from '../registry/registry.module';
import { OutagesController, PublicAvailabilityController } from './outages.controller';
import { OutagesService } from './outages.service';
import { PublicAvailabilityService } from './public-availability.service';

@Module({
  imports: [RegistryModule],
  controllers: [OutagesController, PublicAvailabilityController],
  providers: [OutagesService, PublicAvailabilityService],
  // One cache of the public answers, for the JSON and the public page alike.
  exports: [PublicAvailabilityService],
})
export class OutagesModule {}
