import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiHeader, ApiTags } from '@nestjs/swagger';
import { Actor } from '../common/actor.decorator';
import { IdParam } from '../common/id-param';
import { ActionNoteDto, CancelDto, OpenRepairDto, RepairQuery, RequestRepairDto, TriageDto, VerifyDto } from './dto/repairs.dto';
import { RepairsService } from './repairs.service';

@ApiTags('repairs')
@ApiHeader({ name: 'X-Actor', required: false, description: 'Who acts (recorded in the timeline)' })
@Controller('repairs')
export class RepairsController {
  constructor(private readonly repairs: RepairsService) {}

  @Post()
  open(@Body() dto: OpenRepairDto, @Actor() actor: string) {
    return this.repairs.open(dto, actor);
  }

  @Get()
  list(@Query() query: RepairQuery) {
    return this.repairs.list(query);
  }

  @Get(':id')
  get(@Param() { id }: IdParam) {
    return this.repairs.get(id);
  }

  @Post(':id/triage')
  @HttpCode(200)
  triage(@Param() { id }: IdParam, @Body() dto: TriageDto, @Actor() actor: string) {
    return this.repairs.triage(id, dto, actor);
  }

  @Post(':id/request-repair')
  @HttpCode(200)
  requestRepair(@Param() { id }: IdParam, @Body() dto: RequestRepairDto, @Actor() actor: string) {
    return this.repairs.requestRepair(id, dto, actor);
  }

  @Post(':id/mark-repaired')
  @HttpCode(200)
  markRepaired(@Param() { id }: IdParam, @Body() dto: ActionNoteDto, @Actor() actor: string) {
    return this.repairs.markRepaired(id, dto, actor);
  }

  @Post(':id/verify')
  @HttpCode(200)
  verify(@Param() { id }: IdParam, @Body() dto: VerifyDto, @Actor() actor: string) {
    return this.repairs.verify(id, dto, actor);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  cancel(@Param() { id }: IdParam, @Body() dto: CancelDto, @Actor() actor: string) {
    return this.repairs.cancel(id, dto, actor);
  }
}
