import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AuditedByService } from '../audit/audit.interceptor';
import { ApiErrors, ApiNoBody, ApiOk, ApiPageResponse } from '../common/api-responses';
import { IdParam } from '../common/id-param';
import { Access, CurrentPrincipal, Public } from './access.decorator';
import { ApiKeysService } from './api-keys.service';
import { AuthService } from './auth.service';
import { BrowserSessions, crossSiteProblem } from './browser-session';
import { ApiKeyQuery, ChangePasswordDto, CreateApiKeyDto, CreateUserDto, LoginDto, UpdateMeDto, UpdateUserDto, UserQuery } from './dto/auth.dto';
import { ApiKeyCreated, ApiKeyView, LoginResponse, MeView, PasswordChanged, UserUpdated, UserView } from './dto/auth.responses';
import type { Principal } from './principal';
import { UsersService } from './users.service';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: BrowserSessions,
    private readonly users: UsersService,
  ) {}

  /**
   * A bearer token for the API, valid AUTH_TOKEN_TTL_SECONDS, also set for browsers as the httpOnly
   * `ektp_session` cookie with its `ektp_csrf` companion. A login from another site's page is refused
   * (403 csrf_failed). Repeated failures are slowed, then refused (429).
   */
  @Post('login')
  @HttpCode(200)
  @Public()
  @AuditedByService()
  @ApiOperation({ summary: 'Sign in: a bearer token for the API (and, for a browser, the session and CSRF cookies)' })
  @ApiOk(LoginResponse)
  @ApiErrors(400, 401, 403, 429, 503)
  async login(@Body() dto: LoginDto, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    const crossSite = crossSiteProblem(req);
    if (crossSite) await this.auth.refuseCsrf(undefined, crossSite, req.method, req.path, dto.username);
    const result = await this.auth.login(dto.username, dto.password, req.ip ?? 'unknown', req.header('user-agent') ?? null);
    this.sessions.issue(req, res, result.token, result.expiresAt);
    return result;
  }

  /** Ends the session and clears its cookies. */
  @Post('logout')
  @HttpCode(204)
  @Access.anyRole()
  @AuditedByService()
  @ApiOperation({ summary: 'Sign out: revoke the token and clear the session cookies' })
  @ApiNoBody()
  async logout(@CurrentPrincipal() principal: Principal, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    await this.auth.logout(principal);
    this.sessions.clear(req, res);
  }

  @Get('me')
  @Access.anyRole()
  @ApiOperation({ summary: 'Who the caller is' })
  @ApiOk(MeView)
  async me(@CurrentPrincipal() p: Principal) {
    return this.meView(p);
  }

  /** What a person may change of their own account: for now their e-mail address (empty removes it). */
  @Patch('me')
  @Access.anyRole()
  @ApiOperation({ summary: 'Change your own account (your e-mail address for notifications)' })
  @ApiOk(MeView)
  @ApiErrors(400, 409)
  async updateMe(@Body() dto: UpdateMeDto, @CurrentPrincipal() p: Principal) {
    await this.users.updateOwn(p, dto);
    return this.meView(p);
  }

  private async meView(p: Principal) {
    return {
      timeZone: await this.auth.timeZoneOf(p.officeId),
      email: p.kind === 'user' ? await this.users.emailOf(p.id) : null,
      kind: p.kind,
      id: p.id,
      username: p.actor,
      displayName: p.displayName,
      role: p.role,
      officeId: p.officeId,
      provinceCode: p.provinceCode,
    };
  }

  @Post('password')
  @HttpCode(200)
  @Access.anyRole()
  @ApiOperation({ summary: 'Change your password (ends your other sessions)' })
  @ApiOk(PasswordChanged)
  @ApiErrors(400, 409)
  changePassword(@Body() dto: ChangePasswordDto, @CurrentPrincipal() principal: Principal) {
    return this.auth.changePassword(principal, dto.currentPassword, dto.newPassword);
  }
}

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Post()
  @Access('admin')
  @ApiOperation({ summary: 'Create a user account' })
  @ApiOk(UserView, { status: 201 })
  @ApiErrors(400, 409)
  create(@Body() dto: CreateUserDto) {
    return this.users.create(dto);
  }

  /** Admins see everyone; managers the people of their office. */
  @Get()
  @Access('admin', 'manager')
  @ApiOperation({ summary: 'List user accounts' })
  @ApiPageResponse(UserView)
  @ApiErrors(400)
  list(@Query() query: UserQuery, @CurrentPrincipal() principal: Principal) {
    return this.users.list(query, principal.read);
  }

  @Get(':id')
  @Access('admin', 'manager')
  @ApiOperation({ summary: 'A user account' })
  @ApiOk(UserView)
  @ApiErrors(400, 404)
  get(@Param() { id }: IdParam, @CurrentPrincipal() principal: Principal) {
    return this.users.get(id, principal.read);
  }

  /** Role, office, name, NIP, active, password reset. Role, office, password or deactivation changes end the user's sessions. */
  @Patch(':id')
  @Access('admin')
  @ApiOperation({ summary: 'Change a user account (role, office, name, NIP, active, password reset)' })
  @ApiOk(UserUpdated)
  @ApiErrors(400, 404, 409)
  update(@Param() { id }: IdParam, @Body() dto: UpdateUserDto) {
    return this.users.update(id, dto);
  }
}

@ApiTags('api-keys')
@Controller('api-keys')
export class ApiKeysController {
  constructor(private readonly keys: ApiKeysService) {}

  /** The key is in this answer only; it cannot be shown again. */
  @Post()
  @Access('admin')
  @ApiOperation({ summary: 'Create an API key for an integration (the key is shown once)' })
  @ApiOk(ApiKeyCreated, { status: 201 })
  @ApiErrors(400)
  create(@Body() dto: CreateApiKeyDto, @CurrentPrincipal() principal: Principal) {
    return this.keys.create(dto, principal.actor);
  }

  @Get()
  @Access('admin')
  @ApiOperation({ summary: 'List API keys' })
  @ApiPageResponse(ApiKeyView)
  @ApiErrors(400)
  list(@Query() query: ApiKeyQuery) {
    return this.keys.list(query);
  }

  @Delete(':id')
  @Access('admin')
  @ApiOperation({ summary: 'Revoke an API key' })
  @ApiOk(ApiKeyView)
  @ApiErrors(400, 404)
  revoke(@Param() { id }: IdParam) {
    return this.keys.revoke(id);
  }
}
