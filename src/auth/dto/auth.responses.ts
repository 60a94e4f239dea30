import { ApiProperty } from '@nestjs/swagger';
import { OFFICE_TIME_ZONES, type OfficeTimeZone } from '../../common/time-zones';
import { API_KEY_ROLES, type ApiKeyRole } from '../api-key.entity';
import { ROLES, type Role } from '../user.entity';

/** A person as the API names them: the part login, /auth/me and the user list share. */
export class LoginUser {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() username: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) officeId: string | null;
  @ApiProperty({ type: String, nullable: true }) provinceCode: string | null;
}

export class LoginResponse {
  @ApiProperty({ description: 'The bearer token' }) token: string;
  @ApiProperty({ enum: ['Bearer'] }) tokenType: 'Bearer';
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
  @ApiProperty({ type: LoginUser }) user: LoginUser;
}

/** GET /auth/me: who the caller is (a person or an API key). */
export class MeView extends LoginUser {
  @ApiProperty({ enum: ['user', 'api-key'] }) kind: 'user' | 'api-key';
  @ApiProperty({ description: 'Username, or apikey:<prefix>' }) declare username: string;
  @ApiProperty({ enum: OFFICE_TIME_ZONES, description: "The zone the caller's days and hours are read in: their office's (WIB for national roles)" })
  timeZone: OfficeTimeZone;
  @ApiProperty({ type: String, nullable: true, format: 'email', description: 'Where your notifications are e-mailed; null: in the app only (always null for an API key)' })
  email: string | null;
}

export class PasswordChanged {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: 'integer', description: 'Other sessions ended by the change' }) sessionsEnded: number;
}

export class UserView extends LoginUser {
  @ApiProperty({ type: String, nullable: true, description: 'Nomor Induk Pegawai' }) nip: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Jabatan' }) position: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'email', description: 'Where notifications are e-mailed (as the person chooses per kind); null: in the app only' }) email: string | null;
  @ApiProperty() active: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class UserUpdated extends UserView {
  @ApiProperty({ type: 'integer', description: 'Sessions ended by a role, office, password or deactivation change' }) sessionsEnded: number;
}

export class ApiKeyView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ description: 'The public beginning of the key' }) prefix: string;
  @ApiProperty({ format: 'uuid' }) officeId: string;
  @ApiProperty({ enum: API_KEY_ROLES }) role: ApiKeyRole;
  @ApiProperty() createdBy: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastUsedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) revokedAt: string | null;
}

export class ApiKeyCreated extends ApiKeyView {
  @ApiProperty({ description: 'The key itself: in this answer only' }) key: string;
}
