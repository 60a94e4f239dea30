import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { PageQuery } from '../common/pagination';

export class RegencyQuery extends PageQuery {
  @ApiPropertyOptional({ example: '61', description: 'Kemendagri province code' })
  @IsOptional()
  @Matches(/^\d{2}$/, { message: 'province must be a 2-digit province code such as 61' })
  province?: string;
}

export class DistrictQuery extends PageQuery {
  @ApiPropertyOptional({ example: '61.05' })
  @IsOptional()
  @Matches(/^\d{2}\.\d{2}$/, { message: 'regency must be a regency code such as 61.05' })
  regency?: string;
}

export class VillageQuery extends PageQuery {
  @ApiPropertyOptional({ example: '61.05.09' })
  @IsOptional()
  @Matches(/^\d{2}\.\d{2}\.\d{2}$/, { message: 'district must be a district code such as 61.05.09' })
  district?: string;

  @ApiPropertyOptional({ description: 'Part of the village name, case-insensitive' })
  @IsOptional()
  @IsString()
  @MinLength(2)
  @MaxLength(100)
  q?: string;
}

export class ProvinceView {
  @ApiProperty({ example: '61' }) code: string;
  @ApiProperty() name: string;
}

export class RegencyView {
  @ApiProperty({ example: '61.05' }) code: string;
  @ApiProperty({ example: '61' }) provinceCode: string;
  @ApiProperty() name: string;
}

export class DistrictView {
  @ApiProperty({ example: '61.05.09' }) code: string;
  @ApiProperty({ example: '61.05' }) regencyCode: string;
  @ApiProperty() name: string;
}

export class VillageView {
  @ApiProperty({ example: '61.05.09.2001' }) code: string;
  @ApiProperty({ example: '61.05.09' }) districtCode: string;
  @ApiProperty() name: string;
}
