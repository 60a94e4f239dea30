import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal } from '../auth/access.decorator';
import type { Principal } from '../auth/principal';
import { ApiErrors, ApiOk, ApiPageResponse } from '../common/api-responses';
import { IdParam } from '../common/id-param';
import { ActionNoteDto, CancelDto, OpenRepairDto, RepairQuery, RequestRepairDto, TriageDto, VerifyDto } from './dto/repairs.dto';
import { RepairActionResult, RepairCaseDetail, RepairCaseView } from './dto/repairs.responses';
import { RepairsService } from './repairs.service';

@ApiTags('repairs')
@Controller('repairs')
export class RepairsController {
  constructor(private readonly repairs: RepairsService) {}

  @Post()
  @Access('operator', 'manager')
  @ApiOperation({ summary: 'Open a repair case for a broken device (starts its workflow)' })
  @ApiOk(RepairCaseView, { status: 201 })
  @ApiErrors(400, 404, 409)
  open(@Body() dto: OpenRepairDto, @CurrentPrincipal() p: Principal) {
    return this.repairs.open(dto, p);
  }

  @Get()
  @Access.anyRole()
  @ApiOperation({ summary: 'List repair cases (filter by status, office, device, stalled)' })
  @ApiPageResponse(RepairCaseView)
  @ApiErrors(400)
  list(@Query() query: RepairQuery, @CurrentPrincipal() p: Principal) {
    return this.repairs.list(query, p);
  }

  @Get(':id')
  @Access.anyRole()
  @ApiOperation({ summary: 'A repair case with its device, service point, alternatives, escalations and timeline' })
  @ApiOk(RepairCaseDetail)
  @ApiErrors(400, 404)
  get(@Param() { id }: IdParam, @CurrentPrincipal() p: Principal) {
    return this.repairs.get(id, p);
  }

  @Post(':id/triage')
  @HttpCode(200)
  @Access('operator', 'manager')
  @ApiOperation({ summary: 'Triage: fix on site, or needs repair' })
  @ApiOk(RepairActionResult)
  @ApiErrors(400, 404, 409)
  triage(@Param() { id }: IdParam, @Body() dto: TriageDto, @CurrentPrincipal() p: Principal) {
    return this.repairs.triage(id, dto, p);
  }

  @Post(':id/request-repair')
  @HttpCode(200)
  @Access('operator', 'manager')
  @ApiOperation({ summary: 'Request the repair from the ministry or a vendor' })
  @ApiOk(RepairActionResult)
  @ApiErrors(400, 404, 409)
  requestRepair(@Param() { id }: IdParam, @Body() dto: RequestRepairDto, @CurrentPrincipal() p: Principal) {
    return this.repairs.requestRepair(id, dto, p);
  }

  @Post(':id/mark-repaired')
  @HttpCode(200)
  @Access('operator', 'manager')
  @ApiOperation({ summary: 'Mark the device repaired (someone else verifies it)' })
  @ApiOk(RepairActionResult)
  @ApiErrors(400, 404, 409)
  markRepaired(@Param() { id }: IdParam, @Body() dto: ActionNoteDto, @CurrentPrincipal() p: Principal) {
    return this.repairs.markRepaired(id, dto, p);
  }

  @Post(':id/verify')
  @HttpCode(200)
  @Access('operator', 'manager')
  @ApiOperation({ summary: 'Verify the repair: working closes the case, not working goes back to triage' })
  @ApiOk(RepairActionResult)
  @ApiErrors(400, 404, 409)
  verify(@Param() { id }: IdParam, @Body() dto: VerifyDto, @CurrentPrincipal() p: Principal) {
    return this.repairs.verify(id, dto, p);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @Access('operator', 'manager')
  @ApiOperation({ summary: 'Cancel the case, with a reason' })
  @ApiOk(RepairActionResult)
  @ApiErrors(400, 404, 409)
  cancel(@Param() { id }: IdParam, @Body() dto: CancelDto, @CurrentPrincipal() p: Principal) {
    return this.repairs.cancel(id, dto, p);
  }
}
