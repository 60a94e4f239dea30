import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A Dinas Dukcapil: one per regency or city, and the tenant boundary of all its data. */
@Entity({ name: 'offices' })
export class Office {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'regency_code', type: 'varchar', length: 5, unique: true })
  regencyCode: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  address: string | null;

  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Column({ name: 'letter_number_pattern', type: 'text', default: '470/<seq>/Dukcapil/<year>' })
  letterNumberPattern: string;

  @Column({ name: 'letter_city', type: 'text', nullable: true })
  letterCity: string | null;

  @Column({ name: 'ministry_email', type: 'text', nullable: true })
  ministryEmail: string | null;

  @Column({ name: 'ministry_recipient', type: 'text', nullable: true })
  ministryRecipient: string | null;

  /** IANA zone of the office's days and hours (WIB, WITA or WIT), from its province unless an admin changed it. */
  @Column({ name: 'time_zone', type: 'text', default: 'Asia/Jakarta' })
  timeZone: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
