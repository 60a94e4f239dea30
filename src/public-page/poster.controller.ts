import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Access, CurrentPrincipal } from '../auth/access.decorator';
import type { Principal } from '../auth/principal';
import { ApiErrors, ApiFile } from '../common/api-responses';
import { IdParam } from '../common/id-param';
import { LETTER_PDF_CSP } from '../common/security-headers';
import { PosterService } from './poster.service';

@ApiTags('service-points')
@Controller('service-points')
export class PosterController {
  constructor(private readonly posters: PosterService) {}

  /**
   * An A4 poster for the service point's door (staff print it): its name, a QR code of its
   * kecamatan's public page (PUBLIC_BASE_URL) with that short link in text, and its opening hours.
   */
  @Get(':id/poster.pdf')
  @Access.anyRole()
  @ApiOperation({ summary: "An A4 door poster of the service point: a QR code of its kecamatan's public page, the short link and its opening hours" })
  @ApiFile('application/pdf', 'The poster PDF (not cached: it follows the point and the public address)')
  @ApiErrors(400, 404)
  async poster(@Param() { id }: IdParam, @CurrentPrincipal() p: Principal, @Req() req: Request, @Res() res: Response): Promise<void> {
    const poster = await this.posters.render(id, p.read, `${req.protocol}://${req.get('host')}`);
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Disposition', `inline; filename="${poster.filename}"`);
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Content-Security-Policy', LETTER_PDF_CSP);
    res.end(poster.pdf);
  }
}
