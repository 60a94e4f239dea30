import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Access, CurrentPrincipal } from '../auth/access.decorator';
import type { Principal } from '../auth/principal';
import { IdParam } from '../common/id-param';
import { LETTER_PDF_CSP } from '../common/security-headers';
import { CreateEscalationDto, EditEscalationDto, EscalationQuery, LetterQuery, RejectDto, ReplyDto, RequestChangesDto } from './dto/escalations.dto';
import { EscalationsService } from './escalations.service';

@ApiTags('escalations')
@Controller('escalations')
export class EscalationsController {
  constructor(private readonly escalations: EscalationsService) {}

  /** Drafts a letter about one or more open repair cases of the office (text generated, editable). */
  @Post()
  @Access('operator', 'manager')
  create(@Body() dto: CreateEscalationDto, @CurrentPrincipal() p: Principal) {
    return this.escalations.create(dto, p);
  }

  @Get()
  @Access.anyRole()
  list(@Query() query: EscalationQuery, @CurrentPrincipal() p: Principal) {
    return this.escalations.list(query, p);
  }

  @Get(':id')
  @Access.anyRole()
  get(@Param() { id }: IdParam, @CurrentPrincipal() p: Principal) {
    return this.escalations.get(id, p);
  }

  /** The numbered letter as an A4 PDF (the latest, or `?round=`). */
  @Get(':id/letter.pdf')
  @Access.anyRole()
  @ApiProduces('application/pdf')
  async letter(@Param() { id }: IdParam, @Query() q: LetterQuery, @CurrentPrincipal() p: Principal, @Res() res: Response) {
    const letter = await this.escalations.letterPdf(id, q.round, p.read);
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Disposition', `inline; filename="${letter.filename}"`);
    res.setHeader('X-Checksum-SHA256', letter.sha256);
    res.setHeader('Content-Security-Policy', LETTER_PDF_CSP);
    res.end(letter.pdf);
  }

  /** While drafted or when changes were requested. */
  @Patch(':id')
  @Access('operator', 'manager')
  edit(@Param() { id }: IdParam, @Body() dto: EditEscalationDto, @CurrentPrincipal() p: Principal) {
    return this.escalations.edit(id, dto, p);
  }

  /** A manager other than the drafters; allocates the letter number and renders the PDF. */
  @Post(':id/approve')
  @HttpCode(200)
  @Access('manager')
  approve(@Param() { id }: IdParam, @CurrentPrincipal() p: Principal) {
    return this.escalations.approve(id, p);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @Access('manager')
  reject(@Param() { id }: IdParam, @Body() dto: RejectDto, @CurrentPrincipal() p: Principal) {
    return this.escalations.reject(id, dto, p);
  }

  @Post(':id/request-changes')
  @HttpCode(200)
  @Access('manager')
  requestChanges(@Param() { id }: IdParam, @Body() dto: RequestChangesDto, @CurrentPrincipal() p: Principal) {
    return this.escalations.requestChanges(id, dto, p);
  }

  /** The ministry's answer: closes the escalation and tells the linked repair cases. */
  @Post(':id/reply')
  @HttpCode(200)
  @Access('operator', 'manager')
  reply(@Param() { id }: IdParam, @Body() dto: ReplyDto, @CurrentPrincipal() p: Principal) {
    return this.escalations.reply(id, dto, p);
  }
}
