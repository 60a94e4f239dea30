import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * E-mail per person (issue 15, part 3): an optional address on each user; each person's channel per
 * notification kind (`notification_preferences`, no row = `email`; the daily digest reads it too);
 * and the outbox of e-mails owed (`notification_emails`), one row per notification, keyed by the
 * notification's dedup key so a retried activity, a second sweep or a crash sends nothing twice.
 *
 * The outbox is filled by a trigger on `notifications`, in the transaction that inserts the row, so
 * any code that writes a notification gets its e-mail without knowing about e-mail. A row is owed
 * when the recipient is active, has an address and has chosen `email` for the kind (the kind
 * `digest` always is). `ON CONFLICT DO NOTHING` inserts that add nothing fire no row trigger.
 * Never edit once merged: add a new migration.
 */
export class NotificationEmail1796450000000 implements MigrationInterface {
  name = 'NotificationEmail1796450000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users ADD COLUMN email varchar(254)`);
    await q.query(`CREATE TABLE notification_preferences (
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      kind varchar(32) NOT NULL,
      channel varchar(8) NOT NULL CHECK (channel IN ('email','in-app','digest')),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (user_id, kind)
    )`);
    await q.query(`CREATE TABLE notification_emails (
      dedup_key text PRIMARY KEY REFERENCES notifications(dedup_key) ON DELETE CASCADE,
      notification_id uuid NOT NULL,
      recipient_user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      status varchar(8) NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','sent','failed')),
      attempts integer NOT NULL DEFAULT 0,
      last_error text,
      next_attempt_at timestamptz NOT NULL DEFAULT now(),
      message_id text,
      address varchar(254),
      created_at timestamptz NOT NULL DEFAULT now(),
      sent_at timestamptz
    )`);
    await q.query(`CREATE INDEX notification_emails_due ON notification_emails (next_attempt_at) WHERE status = 'pending'`);
    await q.query(`CREATE FUNCTION enqueue_notification_email() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO notification_emails (dedup_key, notification_id, recipient_user_id)
        SELECT NEW.dedup_key, NEW.id, u.id
          FROM users u
         WHERE u.id = NEW.recipient_user_id AND u.active AND u.email IS NOT NULL
           AND (NEW.kind = 'digest'
                OR COALESCE((SELECT p.channel FROM notification_preferences p WHERE p.user_id = u.id AND p.kind = NEW.kind), 'email') = 'email')
        ON CONFLICT (dedup_key) DO NOTHING;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER notifications_enqueue_email AFTER INSERT ON notifications FOR EACH ROW EXECUTE FUNCTION enqueue_notification_email()`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER notifications_enqueue_email ON notifications`);
    await q.query(`DROP FUNCTION enqueue_notification_email()`);
    await q.query(`DROP TABLE notification_emails`);
    await q.query(`DROP TABLE notification_preferences`);
    await q.query(`ALTER TABLE users DROP COLUMN email`);
  }
}
