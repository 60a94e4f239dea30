import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal } from '../auth/access.decorator';
import type { Principal } from '../auth/principal';
import { IdParam } from '../common/id-param';
import { ActionNoteDto, CancelDto, OpenRepairDto, RepairQuery, RequestRepairDto, TriageDto, VerifyDto } from './dto/repairs.dto';
import { RepairsService } from './repairs.service';

@ApiTags('repairs')
@Controller('repairs')
export class RepairsController {
  constructor(private readonly repairs: RepairsService) {}

  @Post()
  @Access('operator', 'manager')
  open(@Body() dto: OpenRepairDto, @CurrentPrincipal() p: Principal) {
    return this.repairs.open(dto, p);
  }

  @Get()
  @Access.anyRole()
  list(@Query() query: RepairQuery, @CurrentPrincipal() p: Principal) {
    return this.repairs.list(query, p);
  }

  @Get(':id')
  @Access.anyRole()
  get(@Param() { id }: IdParam, @CurrentPrincipal() p: Principal) {
    return this.repairs.get(id, p);
  }

  @Post(':id/triage')
  @HttpCode(200)
  @Access('operator', 'manager')
  triage(@Param() { id }: IdParam, @Body() dto: TriageDto, @CurrentPrincipal() p: Principal) {
    return this.repairs.triage(id, dto, p);
  }

  @Post(':id/request-repair')
  @HttpCode(200)
  @Access('operator', 'manager')
  requestRepair(@Param() { id }: IdParam, @Body() dto: RequestRepairDto, @CurrentPrincipal() p: Principal) {
    return this.repairs.requestRepair(id, dto, p);
  }

  @Post(':id/mark-repaired')
  @HttpCode(200)
  @Access('operator', 'manager')
  markRepaired(@Param() { id }: IdParam, @Body() dto: ActionNoteDto, @CurrentPrincipal() p: Principal) {
    return this.repairs.markRepaired(id, dto, p);
  }

  @Post(':id/verify')
  @HttpCode(200)
  @Access('operator', 'manager')
  verify(@Param() { id }: IdParam, @Body() dto: VerifyDto, @CurrentPrincipal() p: Principal) {
    return this.repairs.verify(id, dto, p);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @Access('operator', 'manager')
  cancel(@Param() { id }: IdParam, @Body() dto: CancelDto, @CurrentPrincipal() p: Principal) {
    return this.repairs.cancel(id, dto, p);
  }
}
