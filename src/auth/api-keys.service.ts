import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig, tokenSecret } from '../config/app-config';
import { InvalidInputError, NotFoundError } from '../common/domain-errors';
import { Page, pageOf } from '../common/pagination';
import { ApiKey } from './api-key.entity';
import { ApiKeyQuery, CreateApiKeyDto } from './dto/auth.dto';
import { API_KEY_PREFIX, newSecret, secretDigest } from './secrets';
import { auditedTransaction } from '../audit/audited-transaction';

export type ApiKeyView = Omit<ApiKey, 'keyHash'>;

/** Integration credentials: shown once at creation, stored as a keyed hash, revocable. */
@Injectable()
export class ApiKeysService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
  ) {}

  async create(dto: CreateApiKeyDto, createdBy: string): Promise<ApiKeyView & { key: string }> {
    const [office] = await this.db.query(`SELECT id FROM offices WHERE id = $1`, [dto.officeId]);
    if (!office) throw new InvalidInputError('officeId', `officeId ${dto.officeId} is not a known office`);
    const key = newSecret(API_KEY_PREFIX);
    const prefix = key.slice(0, API_KEY_PREFIX.length + 10);
    const saved = await auditedTransaction(this.db, (m) =>
      m.save(m.create(ApiKey, { name: dto.name, officeId: dto.officeId, role: dto.role, prefix, keyHash: secretDigest(tokenSecret(this.config), key), createdBy })),
    );
    const { keyHash: _hidden, ...view } = saved;
    return { ...view, key };
  }

  async list(query: ApiKeyQuery): Promise<Page<ApiKeyView>> {
    const [items, total] = await this.db.getRepository(ApiKey).findAndCount({
      where: query.officeId ? { officeId: query.officeId } : {},
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: (query.page - 1) * query.limit,
      take: query.limit,
    });
    return pageOf(items, total, query);
  }

  /** Revoking twice is harmless; the first revocation time stays. */
  async revoke(id: string): Promise<ApiKeyView> {
    const repo = this.db.getRepository(ApiKey);
    const key = await repo.findOneBy({ id });
    if (!key) throw new NotFoundError('API key', id);
    await auditedTransaction(this.db, (m) => m.query(`UPDATE api_keys SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`, [id]));
    return repo.findOneByOrFail({ id });
  }
}
