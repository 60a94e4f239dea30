import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { OfficeScope } from '../auth/principal';
import { InvalidInputError } from '../common/domain-errors';
import { zoneAbbreviation } from '../common/time-zones';
import { AppConfig } from '../config/app-config';
import { ServicePointsService } from '../registry/service-points.service';
import { renderPosterPdf } from './poster-pdf';
import { regionPath } from './public-page.view';

/** The door poster of a service point: what it prints, read within the caller's offices. */
@Injectable()
export class PosterService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly servicePoints: ServicePointsService,
    private readonly config: AppConfig,
  ) {}

  /**
   * The public address of this service: PUBLIC_BASE_URL, or else the address the staff member asked
   * at (`origin`). The poster is for signed-in staff and never cached, so a forged Host header can
   * only ever misprint the forger's own poster.
   */
  baseUrl(origin: string): string {
    return (this.config.PUBLIC_BASE_URL ?? origin).replace(/\/+$/, '');
  }

  async render(id: string, scope: OfficeScope, origin: string): Promise<{ pdf: Buffer; filename: string }> {
    const sp = await this.servicePoints.get(id, scope);
    if (sp.kind === 'mobile-unit') {
      throw new InvalidInputError('id', 'a mobile unit goes on tour and is not on the public page: it has no door poster (print one for an office, a kecamatan office or an MPP desk)');
    }
    const [where] = await this.db.query(
      `SELECT o.name AS office_name, o.time_zone, d.name AS district_name, r.name AS regency_name
         FROM offices o, districts d JOIN regencies r ON r.code = d.regency_code
        WHERE o.id = $1 AND d.code = $2`,
      [sp.officeId, sp.districtCode],
    );
    const pdf = await renderPosterPdf({
      name: sp.name,
      officeName: where.office_name,
      districtName: where.district_name,
      regencyName: where.regency_name,
      address: sp.address,
      openingHours: sp.openingHours,
      zoneAbbreviation: zoneAbbreviation(where.time_zone),
      url: `${this.baseUrl(origin)}${regionPath(sp.districtCode)}`,
    });
    const slug = sp.name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'titik-layanan';
    return { pdf, filename: `poster-${slug}.pdf` };
  }
}
