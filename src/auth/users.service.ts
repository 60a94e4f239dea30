import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ConflictError, NotFoundError, InvalidInputError } from '../common/domain-errors';
import { Page, pageOf } from '../common/pagination';
import { CreateUserDto, UpdateMeDto, UpdateUserDto, UserQuery } from './dto/auth.dto';
import { OfficeScope, type Principal } from './principal';
import { hashPassword, passwordProblem } from './secrets';
import { checkPlacement, createUserRecord, normalizeEmail, revokeSessions, userView, UserView } from './user-records';
import { User } from './user.entity';
import { auditedTransaction } from '../audit/audited-transaction';

/** Accounts: admins manage them; managers may look up the people of their office. */
@Injectable()
export class UsersService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async create(dto: CreateUserDto): Promise<UserView> {
    return userView(await auditedTransaction(this.db, (m) => createUserRecord(m, dto)));
  }

  async list(query: UserQuery, scope: OfficeScope): Promise<Page<UserView>> {
    const qb = this.db.getRepository(User).createQueryBuilder('u').orderBy('u.username', 'ASC');
    if (scope.officeIds !== 'all') {
      const [sql, params] = scope.condition('u.office_id');
      qb.where(sql, params);
    }
    if (query.officeId) qb.andWhere('u.office_id = :officeId', { officeId: query.officeId });
    if (query.role) qb.andWhere('u.role = :role', { role: query.role });
    if (query.active !== undefined) qb.andWhere('u.active = :active', { active: query.active });
    if (query.q) {
      qb.andWhere('(u.username ILIKE :q OR u.display_name ILIKE :q)', { q: `%${query.q.replace(/[%_\\]/g, '\\$&')}%` });
    }
    const [items, total] = await qb.skip((query.page - 1) * query.limit).take(query.limit).getManyAndCount();
    return pageOf(items.map(userView), total, query);
  }

  async get(id: string, scope: OfficeScope): Promise<UserView> {
    const user = await this.db.getRepository(User).findOneBy({ id });
    // Outside an office scope only admins (scope `all`) see users without an office.
    if (!user || !scope.allows(user.officeId)) throw new NotFoundError('User', id);
    return userView(user);
  }

  /** A person's own address; an API key has none to set. */
  async updateOwn(principal: Principal, dto: UpdateMeDto): Promise<void> {
    if (principal.kind !== 'user') throw new ConflictError('not_a_user', 'An API key has no e-mail address');
    if (dto.email === undefined) return;
    await auditedTransaction(this.db, (m) => m.getRepository(User).update({ id: principal.id }, { email: normalizeEmail(dto.email) }));
  }

  async emailOf(id: string): Promise<string | null> {
    const [row] = await this.db.query(`SELECT email FROM users WHERE id = $1`, [id]);
    return row?.email ?? null;
  }

  async update(id: string, dto: UpdateUserDto): Promise<UserView & { sessionsEnded: number }> {
    return auditedTransaction(this.db, async (m) => {
      const user = await m.getRepository(User).findOneBy({ id });
      if (!user) throw new NotFoundError('User', id);
      const role = dto.role ?? user.role;
      const officeId = dto.officeId !== undefined ? dto.officeId : role === 'operator' || role === 'manager' ? user.officeId : null;
      const provinceCode = dto.provinceCode !== undefined ? dto.provinceCode : role === 'supervisor' ? user.provinceCode : null;
      await checkPlacement(m, role, officeId, provinceCode);
      let endSessions = role !== user.role || officeId !== user.officeId || provinceCode !== user.provinceCode || dto.active === false;
      const changes: Partial<User> = { role, officeId, provinceCode };
      if (dto.displayName !== undefined) changes.displayName = dto.displayName;
      if (dto.nip !== undefined) changes.nip = dto.nip;
      if (dto.position !== undefined) changes.position = dto.position;
      if (dto.email !== undefined) changes.email = normalizeEmail(dto.email);
      if (dto.active !== undefined) changes.active = dto.active;
      if (dto.password !== undefined) {
        const problem = passwordProblem(dto.password, user.username);
        if (problem) throw new InvalidInputError('password', problem);
        changes.passwordHash = await hashPassword(dto.password);
        endSessions = true;
      }
      await m.getRepository(User).update({ id }, changes);
      const sessionsEnded = endSessions ? await revokeSessions(m, id) : 0;
      return { ...userView(await m.getRepository(User).findOneByOrFail({ id })), sessionsEnded };
    });
  }
}
