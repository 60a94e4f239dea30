import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal } from '../auth/access.decorator';
import type { Principal } from '../auth/principal';
import { ApiErrors, ApiOk, ApiPageResponse } from '../common/api-responses';
import { ProvinceCodeParam } from '../coverage/dto/coverage.dto';
import { LettersAwaitingReplyQuery, ProvinceOversightQuery, SeriesQuery } from './dto/oversight.dto';
import { LetterAwaitingReply, NationalOversightView, ProvinceOversightView, ProvinceSeriesView } from './dto/oversight.responses';
import { OversightService } from './oversight.service';

/**
 * Supervisors' (a province's, or the country's) and the ministry's views: where recording stops,
 * per regency and per province, and the letters awaiting the ministry's reply. Read only; a
 * province supervisor reads their own province, and another one is answered like a missing one.
 */
@ApiTags('oversight')
@Controller('oversight')
export class OversightController {
  constructor(private readonly oversight: OversightService) {}

  @Get()
  @Access('supervisor', 'admin')
  @ApiOperation({ summary: 'Per province you may read: service points and kecamatan that cannot record, repair cases open and late, outages and backlogs, letters awaiting reply, coverage' })
  @ApiOk(NationalOversightView)
  @ApiErrors()
  national(@CurrentPrincipal() p: Principal) {
    return this.oversight.national(p);
  }

  @Get('letters-awaiting-reply')
  @Access('supervisor', 'admin')
  @ApiOperation({ summary: 'Letters to the ministry awaiting its reply, the longest waiting first, with every letter sent (number, date)' })
  @ApiPageResponse(LetterAwaitingReply)
  @ApiErrors(400, 404)
  letters(@Query() query: LettersAwaitingReplyQuery, @CurrentPrincipal() p: Principal) {
    return this.oversight.lettersAwaitingReply(query, p);
  }

  @Get('provinces/:code')
  @Access('supervisor', 'admin')
  @ApiOperation({ summary: 'A province per regency (its office): what cannot record and since when, repair cases, devices out of service longest, outages, coverage; the kecamatan down' })
  @ApiOk(ProvinceOversightView)
  @ApiErrors(400, 404)
  province(@Param() { code }: ProvinceCodeParam, @Query() { top }: ProvinceOversightQuery, @CurrentPrincipal() p: Principal) {
    return this.oversight.province(code, top, p);
  }

  @Get('provinces/:code/series')
  @Access('supervisor', 'admin')
  @ApiOperation({ summary: 'A province’s charts: service points unable to record per day over the last days, and time to repair per regency' })
  @ApiOk(ProvinceSeriesView)
  @ApiErrors(400, 404)
  series(@Param() { code }: ProvinceCodeParam, @Query() { days }: SeriesQuery, @CurrentPrincipal() p: Principal) {
    return this.oversight.series(code, days, p);
  }
}
