import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';

export const DISTRICT_CODE = /^\d{2}\.\d{2}\.\d{2}$/;
export const PROVINCE_CODE = /^\d{2}$/;

/** `GET /offices/:id/coverage[.csv]?district=`: one kecamatan's villages besides the breakdown. */
export class OfficeCoverageQuery {
  @ApiPropertyOptional({ example: '52.02.01', description: 'A kecamatan of the office’s regency: adds its villages (in the CSV: its villages instead of the kecamatan)' })
  @IsOptional()
  @Matches(DISTRICT_CODE, { message: 'district must be a district code such as 52.02.01' })
  district?: string;
}

/** Route parameter `:code` of a province roll-up. */
export class ProvinceCodeParam {
  @ApiProperty({ example: '52', description: 'Kemendagri province code' })
  @Matches(PROVINCE_CODE, { message: 'code must be a 2-digit province code such as 52' })
  code: string;
}
