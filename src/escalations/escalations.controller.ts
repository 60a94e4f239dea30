import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Access, CurrentPrincipal } from '../auth/access.decorator';
import type { Principal } from '../auth/principal';
import { ApiErrors, ApiFile, ApiOk, ApiPageResponse } from '../common/api-responses';
import { IdParam } from '../common/id-param';
import { LETTER_PDF_CSP } from '../common/security-headers';
import { CreateEscalationDto, EditEscalationDto, EscalationQuery, LetterQuery, RejectDto, ReplyDto, RequestChangesDto, WithdrawDto } from './dto/escalations.dto';
import { EscalationActionResult, EscalationDetail, EscalationView } from './dto/escalations.responses';
import { EscalationsService } from './escalations.service';

@ApiTags('escalations')
@Controller('escalations')
export class EscalationsController {
  constructor(private readonly escalations: EscalationsService) {}

  /** Drafts a letter about one or more open repair cases of the office (text generated, editable). */
  @Post()
  @Access('operator', 'manager')
  @ApiOperation({ summary: 'Draft an escalation letter about open repair cases (text generated, editable)' })
  @ApiOk(EscalationView, { status: 201 })
  @ApiErrors(400, 404, 409)
  create(@Body() dto: CreateEscalationDto, @CurrentPrincipal() p: Principal) {
    return this.escalations.create(dto, p);
  }

  @Get()
  @Access.anyRole()
  @ApiOperation({ summary: 'List escalation letters' })
  @ApiPageResponse(EscalationView)
  @ApiErrors(400)
  list(@Query() query: EscalationQuery, @CurrentPrincipal() p: Principal) {
    return this.escalations.list(query, p);
  }

  @Get(':id')
  @Access.anyRole()
  @ApiOperation({ summary: 'An escalation with its repair cases, numbered letters and timeline' })
  @ApiOk(EscalationDetail)
  @ApiErrors(400, 404)
  get(@Param() { id }: IdParam, @CurrentPrincipal() p: Principal) {
    return this.escalations.get(id, p);
  }

  /** The numbered letter as an A4 PDF (the latest, or `?round=`). */
  @Get(':id/letter.pdf')
  @Access.anyRole()
  @ApiOperation({ summary: 'The numbered letter as an A4 PDF (the latest, or ?round=)' })
  @ApiFile('application/pdf', 'The letter PDF; X-Checksum-SHA256 carries its SHA-256')
  @ApiErrors(400, 404)
  async letter(@Param() { id }: IdParam, @Query() q: LetterQuery, @CurrentPrincipal() p: Principal, @Res() res: Response) {
    const letter = await this.escalations.letterPdf(id, q.round, p.read);
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Disposition', `inline; filename="${letter.filename}"`);
    res.setHeader('X-Checksum-SHA256', letter.sha256);
    res.setHeader('Content-Security-Policy', LETTER_PDF_CSP);
    res.end(letter.pdf);
  }

  /** What the manager decides on: the current text as its letter, marked KONSEP (no number, no signature yet). */
  @Get(':id/draft.pdf')
  @Access.anyRole()
  @ApiOperation({ summary: 'The current draft as an A4 PDF preview (marked KONSEP: not numbered, not signed)' })
  @ApiFile('application/pdf', 'A preview of the letter as drafted now; it changes with every edit')
  @ApiErrors(400, 404)
  async draft(@Param() { id }: IdParam, @CurrentPrincipal() p: Principal, @Res() res: Response) {
    const draft = await this.escalations.draftPdf(id, p.read);
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Disposition', `inline; filename="${draft.filename}"`);
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Content-Security-Policy', LETTER_PDF_CSP);
    res.end(draft.pdf);
  }

  /** While drafted or when changes were requested. */
  @Patch(':id')
  @Access('operator', 'manager')
  @ApiOperation({ summary: 'Edit the draft (while drafted or when changes were requested)' })
  @ApiOk(EscalationActionResult)
  @ApiErrors(400, 404, 409)
  edit(@Param() { id }: IdParam, @Body() dto: EditEscalationDto, @CurrentPrincipal() p: Principal) {
    return this.escalations.edit(id, dto, p);
  }

  /** A manager other than the drafters; allocates the letter number and renders the PDF. */
  @Post(':id/approve')
  @HttpCode(200)
  @Access('manager')
  @ApiOperation({ summary: 'Approve the letter (a manager other than its drafters): numbers and renders it' })
  @ApiOk(EscalationActionResult)
  @ApiErrors(400, 404, 409)
  approve(@Param() { id }: IdParam, @CurrentPrincipal() p: Principal) {
    return this.escalations.approve(id, p);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @Access('manager')
  @ApiOperation({ summary: 'Reject the letter, with a reason' })
  @ApiOk(EscalationActionResult)
  @ApiErrors(400, 404, 409)
  reject(@Param() { id }: IdParam, @Body() dto: RejectDto, @CurrentPrincipal() p: Principal) {
    return this.escalations.reject(id, dto, p);
  }

  @Post(':id/request-changes')
  @HttpCode(200)
  @Access('manager')
  @ApiOperation({ summary: 'Send the draft back with requested changes' })
  @ApiOk(EscalationActionResult)
  @ApiErrors(400, 404, 409)
  requestChanges(@Param() { id }: IdParam, @Body() dto: RequestChangesDto, @CurrentPrincipal() p: Principal) {
    return this.escalations.requestChanges(id, dto, p);
  }

  /** The ministry's answer: closes the escalation and tells the linked repair cases. */
  @Post(':id/reply')
  @HttpCode(200)
  @Access('operator', 'manager')
  @ApiOperation({ summary: 'Record the ministry’s reply: closes the escalation and tells the linked cases' })
  @ApiOk(EscalationActionResult)
  @ApiErrors(400, 404, 409)
  reply(@Param() { id }: IdParam, @Body() dto: ReplyDto, @CurrentPrincipal() p: Principal) {
    return this.escalations.reply(id, dto, p);
  }

  /** Closes the escalation before a reply, as withdrawn (e.g. the problem was solved); four-eyes does not apply. */
  @Post(':id/withdraw')
  @HttpCode(200)
  @Access('manager')
  @ApiOperation({ summary: 'Withdraw the escalation before a reply, with a reason (a manager; four-eyes does not apply)' })
  @ApiOk(EscalationActionResult)
  @ApiErrors(400, 404, 409)
  withdraw(@Param() { id }: IdParam, @Body() dto: WithdrawDto, @CurrentPrincipal() p: Principal) {
    return this.escalations.withdraw(id, dto, p);
  }
}
