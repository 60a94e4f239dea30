import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { auditedTransaction } from '../audit/audited-transaction';
import type { Principal } from '../auth/principal';
import { ConflictError, InvalidInputError } from '../common/domain-errors';
import { SetPreferenceDto } from './dto/notifications.dto';
import { type Channel, channelsFor, DIGEST_KIND, NOTIFICATION_KINDS } from './notification-kinds';

export interface PreferenceView {
  kind: string;
  label: string;
  channel: Channel;
  channels: Channel[];
}

/**
 * Each person's channel per kind of notification (`notification_preferences`; no row means
 * `email`). The trigger that fills the e-mail outbox and the daily digest both read the table.
 */
@Injectable()
export class NotificationPreferencesService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(p: Principal): Promise<{ email: string | null; items: PreferenceView[] }> {
    const userId = this.userOf(p);
    const [user] = await this.db.query(`SELECT email FROM users WHERE id = $1`, [userId]);
    const rows: Array<{ kind: string; channel: Channel }> = await this.db.query(`SELECT kind, channel FROM notification_preferences WHERE user_id = $1`, [userId]);
    const chosen = new Map(rows.map((r) => [r.kind, r.channel]));
    return {
      email: user?.email ?? null,
      items: Object.entries(NOTIFICATION_KINDS).map(([kind, label]) => ({ kind, label, channel: chosen.get(kind) ?? 'email', channels: channelsFor(kind) })),
    };
  }

  /** Setting the same channel again changes nothing but its time. */
  async set(p: Principal, dto: SetPreferenceDto): Promise<PreferenceView> {
    const userId = this.userOf(p);
    if (!channelsFor(dto.kind).includes(dto.channel)) {
      throw new InvalidInputError('channel', dto.kind === DIGEST_KIND ? 'channel of the daily digest must be email: it is always e-mailed to those with an address' : `channel must be one of ${channelsFor(dto.kind).join(', ')}`);
    }
    await auditedTransaction(this.db, (m) =>
      m.query(
        `INSERT INTO notification_preferences (user_id, kind, channel) VALUES ($1, $2, $3)
         ON CONFLICT (user_id, kind) DO UPDATE SET channel = EXCLUDED.channel, updated_at = now()`,
        [userId, dto.kind, dto.channel],
      ),
    );
    return { kind: dto.kind, label: NOTIFICATION_KINDS[dto.kind], channel: dto.channel, channels: channelsFor(dto.kind) };
  }

  private userOf(p: Principal): string {
    if (p.kind !== 'user') throw new ConflictError('not_a_user', 'An API key receives no notifications');
    return p.id;
  }
}
