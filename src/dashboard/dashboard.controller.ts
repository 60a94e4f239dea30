import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal } from '../auth/access.decorator';
import type { Principal } from '../auth/principal';
import { ApiErrors, ApiOk } from '../common/api-responses';
import { DashboardService } from './dashboard.service';
import { DashboardQuery, DashboardView } from './dto/dashboard.dto';

@ApiTags('dashboard')
@Controller('dashboard')
export class DashboardController {
  constructor(private readonly dashboard: DashboardService) {}

  /**
   * The office's open, stalled and escalated repair cases, letters awaiting approval or the
   * ministry's reply, open outages and their print backlog, and what the caller may act on now.
   */
  @Get()
  @Access.anyRole()
  @ApiOperation({ summary: 'Beranda: an office’s counts, and the cases, letters and outages the caller may act on now' })
  @ApiOk(DashboardView)
  @ApiErrors(400)
  get(@Query() query: DashboardQuery, @CurrentPrincipal() p: Principal) {
    return this.dashboard.view(query, p);
  }
}
