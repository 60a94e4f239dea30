import { ApiProperty, ApiPropertyOptional, OmitType, PartialType, PickType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { PageQuery } from '../../common/pagination';
import { Nullable } from '../../common/validation';
import { API_KEY_ROLES, type ApiKeyRole } from '../api-key.entity';
import { ROLES, type Role } from '../user.entity';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const emptyToNull = ({ value }: { value: unknown }) => (typeof value === 'string' ? (value.trim() === '' ? null : value.trim()) : value);

export class LoginDto {
  @ApiProperty({ example: 'operator.ani' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  username: string;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(256)
  password: string;
}

export class ChangePasswordDto {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(256)
  currentPassword: string;

  @ApiProperty({ minLength: 12 })
  @IsString()
  @MaxLength(256)
  newPassword: string;
}

export class CreateUserDto {
  @ApiProperty({ example: 'operator.ani', description: 'Lower-case; permanent (it is the actor name in histories)' })
  @Matches(/^[a-z][a-z0-9._-]{2,63}$/, { message: 'username must be 3-64 lower-case letters, digits, . _ - starting with a letter' })
  username: string;

  @ApiProperty({ example: 'Ani Lestari' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  displayName: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role: Role;

  @ApiPropertyOptional({ description: 'Required for operators and managers' })
  @IsOptional()
  @IsUUID('4')
  officeId?: string;

  @ApiPropertyOptional({ description: 'A supervisor reads over this province; empty for the whole country' })
  @IsOptional()
  @Matches(/^\d{2}$/, { message: 'provinceCode must be two digits' })
  provinceCode?: string;

  @ApiPropertyOptional({ description: 'Nomor Induk Pegawai (18 digits)' })
  @IsOptional()
  @Matches(/^\d{18}$/, { message: 'nip must be 18 digits' })
  nip?: string;

  @ApiPropertyOptional({ example: 'Sekretaris Dinas', description: 'Jabatan; letters approved by someone other than the Kepala Dinas are signed "a.n. Kepala Dinas"' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  position?: string;

  @ApiPropertyOptional({ format: 'email', example: 'ani.lestari@dukcapil.sintangkab.go.id', description: 'Where notifications are e-mailed (each person chooses per kind); none: in the app only' })
  @IsOptional()
  @Transform(trim)
  @MaxLength(254, { message: 'email must be at most 254 characters' })
  @IsEmail({}, { message: 'email must be an e-mail address' })
  email?: string;

  @ApiProperty({ minLength: 12 })
  @IsString()
  @MaxLength(256)
  password: string;
}

/** Every field of a new account except the (permanent) username, each optional, plus `active`. */
export class UpdateUserDto extends PartialType(OmitType(CreateUserDto, ['username', 'officeId', 'provinceCode', 'email'] as const)) {
  @ApiPropertyOptional({ type: String, format: 'email', nullable: true, description: 'Where notifications are e-mailed; null or empty removes it' })
  @IsOptional()
  @Nullable()
  @Transform(emptyToNull)
  @MaxLength(254, { message: 'email must be at most 254 characters' })
  @IsEmail({}, { message: 'email must be an e-mail address' })
  email?: string | null;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'Required for operators and managers' })
  @IsOptional()
  @Nullable()
  @IsUUID('4')
  officeId?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'A supervisor reads over this province; empty for the whole country' })
  @IsOptional()
  @Nullable()
  @Matches(/^\d{2}$/, { message: 'provinceCode must be two digits' })
  provinceCode?: string | null;

  @ApiPropertyOptional({ description: 'false deactivates the account and ends its sessions (so does a new role, office or password)' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

/** PATCH /auth/me: what a person may change of their own account (their address, validated as an admin's change is). */
export class UpdateMeDto extends PickType(UpdateUserDto, ['email'] as const) {}

export class UserQuery extends PageQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('4')
  officeId?: string;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ description: 'Part of the username or the name' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ description: 'true: active accounts only; false: deactivated ones only' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  active?: boolean;
}

export class CreateApiKeyDto {
  @ApiProperty({ example: 'SIAK sync kecamatan Pujut' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiProperty()
  @IsUUID('4')
  officeId: string;

  @ApiProperty({ enum: API_KEY_ROLES })
  @IsIn(API_KEY_ROLES)
  role: ApiKeyRole;
}

export class ApiKeyQuery extends PageQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('4')
  officeId?: string;
}
