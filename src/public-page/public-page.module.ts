import { Module } from '@nestjs/common';
import { OutagesModule } from '../outages/outages.module';
import { RegistryModule } from '../registry/registry.module';
import { PosterController } from './poster.controller';
import { PosterService } from './poster.service';
import { PublicPageController } from './public-page.controller';

/** The public availability page residents open on a phone, and the door posters that lead to it. */
@Module({
  imports: [OutagesModule, RegistryModule],
  controllers: [PublicPageController, PosterController],
  providers: [PosterService],
})
export class PublicPageModule {}
