import { applyDecorators, Controller, Get, Param, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import type { Request, Response } from 'express';
import { Public } from '../auth/access.decorator';
import { ApiFile } from '../common/api-responses';
import { InvalidInputError } from '../common/domain-errors';
import { publicPageCsp } from '../common/security-headers';
import { validationFailed } from '../common/validation';
import { AvailabilityQuery } from '../outages/dto/outages.dto';
import { PublicAvailabilityService } from '../outages/public-availability.service';
import { PublicPageErrorFilter } from './public-page-errors.filter';
import { chooserPage, PAGE_HASHES, regionPath, regionPage } from './public-page.view';

const REGENCY = /^\d{2}\.\d{2}$/;
const DISTRICT = /^\d{2}\.\d{2}\.\d{2}$/;

const HTML_ERRORS: Record<number, string> = {
  400: 'Not a regency or kecamatan code, or a resident position outside the rules (a page saying so)',
  404: 'No regency or kecamatan has this code (a page saying so)',
  429: 'Too many requests from this address (a page saying so, with Retry-After)',
  503: 'The database is down and this page was never answered before (a page saying so, with Retry-After)',
};

/** The page's answers: HTML, its errors too (a resident opened a link; there is no JSON to read). */
function ApiHtmlPage(description: string, ...errors: number[]) {
  return applyDecorators(
    ApiFile('text/html', description),
    ...errors.map((status) => ApiResponse({ status, description: HTML_ERRORS[status], content: { 'text/html': { schema: { type: 'string' } } } })),
  );
}

/**
 * The public availability page: what `GET /availability` answers, as an HTML page residents open on a
 * phone (no login, no JavaScript needed, a few KB), with the same caching and the same last-good
 * answer while the database is down. Its short links are the region codes residents' Dinas use:
 * `/ketersediaan/61.05` (a regency) and `/ketersediaan/61.05.14` (a kecamatan).
 */
@ApiTags('availability')
@Controller('ketersediaan')
@UseFilters(PublicPageErrorFilter)
export class PublicPageController {
  constructor(private readonly availability: PublicAvailabilityService) {}

  /** The choice of a regency; the choice's form (`?wilayah=61.05`) goes on to its page. */
  @Get()
  @Public()
  @ApiOperation({ summary: 'Public page: choose a regency (HTML; ?wilayah= goes to its page)' })
  @ApiQuery({ name: 'wilayah', required: false, description: 'A regency or kecamatan code, from the form: redirects (303) to its page' })
  @ApiHtmlPage('The page in Bahasa Indonesia (or 303 to the chosen region\'s page)', 400, 429, 503)
  async choose(@Query() raw: Record<string, unknown>, @Req() req: Request, @Res() res: Response): Promise<void> {
    const chosen = typeof raw.wilayah === 'string' ? raw.wilayah.trim() : undefined;
    if (chosen) {
      if (!REGENCY.test(chosen) && !DISTRICT.test(chosen)) throw new InvalidInputError('code', 'wilayah must be a regency code such as 61.05 or a district code such as 61.05.14');
      return res.redirect(303, regionPath(chosen));
    }
    const answer = await this.availability.regencies();
    this.send(req, res, answer.stale, chooserPage(answer));
  }

  /**
   * A regency's or a kecamatan's page; with `?lat=&lon=` (the "nearest to me" button) each place's
   * distance from the resident, nearest first. Other query parameters (those messaging apps append
   * to shared links) are ignored rather than refused, so a shared link keeps working.
   */
  @Get(':code')
  @Public()
  @ApiOperation({ summary: "Public page: a regency's (61.05) or a kecamatan's (61.05.14) service points, what works today and where to go instead (HTML)" })
  @ApiParam({ name: 'code', example: '61.05.14', description: 'A regency code (61.05) or a kecamatan code (61.05.14)' })
  @ApiQuery({ name: 'lat', required: false, type: Number, description: 'Where the resident is, with lon: distances from there, nearest first' })
  @ApiQuery({ name: 'lon', required: false, type: Number })
  @ApiHtmlPage('The page in Bahasa Indonesia; Cache-Control as GET /availability (public, max-age; no-cache and Warning 110 while stale)', 400, 404, 429, 503)
  async region(@Param('code') code: string, @Query() raw: Record<string, unknown>, @Req() req: Request, @Res() res: Response): Promise<void> {
    const district = DISTRICT.test(code);
    if (!district && !REGENCY.test(code)) throw new InvalidInputError('code', 'the page is a regency code such as 61.05 or a district code such as 61.05.14');
    const query = residentPosition(raw);
    if (district) query.district = code;
    else query.regency = code;
    const answer = await this.availability.get(query);
    this.send(req, res, answer.stale, regionPage(answer, { located: query.lat !== undefined }));
  }

  private send(req: Request, res: Response, stale: boolean, page: string): void {
    // The same caching as the JSON (a stale answer is not kept); express adds the ETag and answers 304.
    res.set(this.availability.cacheHeaders(stale));
    res.setHeader('Content-Security-Policy', publicPageCsp(req.secure, PAGE_HASHES));
    res.type('html').send(page);
  }
}

/** `lat` and `lon` by the JSON's own rules (the same messages), and nothing else of the query. */
function residentPosition(raw: Record<string, unknown>): AvailabilityQuery {
  const picked: Record<string, unknown> = {};
  for (const key of ['lat', 'lon']) if (raw[key] !== undefined) picked[key] = raw[key];
  const query = plainToInstance(AvailabilityQuery, picked);
  const errors = validateSync(query);
  if (errors.length > 0) {
    throw validationFailed(errors.map((e) => ({ field: e.property, rules: Object.keys(e.constraints ?? {}), messages: Object.values(e.constraints ?? {}) })));
  }
  return query;
}

