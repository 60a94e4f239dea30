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

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
