import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { PageQuery } from '../../common/pagination';
import { PROVINCE_CODE } from '../../coverage/dto/coverage.dto';

export const MAX_TOP = 50;
export const MAX_SERIES_DAYS = 366;

/** `GET /oversight/provinces/:code?top=`: how many of each office's longest-down devices to list. */
export class ProvinceOversightQuery {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: MAX_TOP, default: 5, description: 'Devices out of service longest, per office' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_TOP)
  top = 5;
}

/** `GET /oversight/provinces/:code/series?days=`: the window of the charts, today included. */
export class SeriesQuery {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: MAX_SERIES_DAYS, default: 30, description: 'The last N days, today included' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_SERIES_DAYS)
  days = 30;
}

/** `GET /oversight/letters-awaiting-reply?province=`: the board, one page at a time. */
export class LettersAwaitingReplyQuery extends PageQuery {
  @ApiPropertyOptional({ example: '52', description: 'Only the offices of this province' })
  @IsOptional()
  @Matches(PROVINCE_CODE, { message: 'province must be a 2-digit province code such as 52' })
  province?: string;
}
