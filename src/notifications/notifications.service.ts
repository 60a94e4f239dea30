import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import { auditedTransaction } from '../audit/audited-transaction';
import { NotFoundError } from '../common/domain-errors';
import { Page, pageOf } from '../common/pagination';
import { NotificationQuery } from './dto/notifications.dto';
import { Notification } from './notification.entity';

export type NotificationView = Notification & { read: boolean };

@Injectable()
export class NotificationsService {
  constructor(@InjectRepository(Notification) private readonly notifications: Repository<Notification>) {}

  /** The caller's own inbox, newest first, with the number of unread messages. */
  async list(query: NotificationQuery, userId: string): Promise<Page<NotificationView> & { unread: number }> {
    const where: Record<string, unknown> = { recipientUserId: userId };
    if (query.subjectId) where.subjectId = query.subjectId;
    if (query.unread === true) where.readAt = IsNull();
    const [[items, total], unread] = await Promise.all([
      this.notifications.findAndCount({
        where,
        order: { createdAt: 'DESC', id: 'ASC' },
        skip: (query.page - 1) * query.limit,
        take: query.limit,
      }),
      this.notifications.countBy({ recipientUserId: userId, readAt: IsNull() }),
    ]);
    return { ...pageOf(items.map(view), total, query), unread };
  }

  /** Someone else's message answers 404, like a missing one. Marking twice keeps the first time. */
  async markRead(id: string, userId: string): Promise<NotificationView> {
    const n = await this.notifications.findOneBy({ id, recipientUserId: userId });
    if (!n) throw new NotFoundError('Notification', id);
    return auditedTransaction(this.notifications.manager, async (m) => {
      if (!n.readAt) await m.update(Notification, { id, readAt: IsNull() }, { readAt: new Date() });
      return view(await m.findOneByOrFail(Notification, { id }));
    });
  }

  async markAllRead(userId: string): Promise<{ marked: number }> {
    const result = await auditedTransaction(this.notifications.manager, (m) =>
      m.update(Notification, { recipientUserId: userId, readAt: IsNull() }, { readAt: new Date() }),
    );
    return { marked: result.affected ?? 0 };
  }
}

function view(n: Notification): NotificationView {
  return { ...n, read: n.readAt !== null };
}
