import { Module } from '@nestjs/common';
import { RegistryModule } from '../registry/registry.module';
import { NationalDaysOffController, OfficeCalendarController } from './calendar.controller';
import { CalendarService } from './calendar.service';

/** The business calendar's API: working weeks, days off, and each office's days. */
@Module({
  imports: [RegistryModule],
  controllers: [OfficeCalendarController, NationalDaysOffController],
  providers: [CalendarService],
})
export class CalendarModule {}
