import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DEPENDENCY_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from '../common/dependency-errors';
import { DomainError, InvalidInputError } from '../common/domain-errors';
import { publicPageCsp } from '../common/security-headers';
import { errorPage, PAGE_HASHES } from './public-page.view';

/**
 * Errors of the public page answered as a page in Bahasa Indonesia (a resident opened a link, not
 * an API client): a code that is not one, a region that is not known, the database down with
 * nothing remembered. Never cached.
 */
@Catch()
export class PublicPageErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('PublicPage');

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const req = host.switchToHttp().getRequest<Request>();
    const { status, message } = this.answerOf(exception);
    // Logged as the API's own filter logs: an outage of a dependency as a warning, any other failure as an error.
    if (status === 503) this.logger.warn(`${req.method} ${req.path}: 503 ${exception instanceof Error ? exception.message : String(exception)}`);
    else if (status >= 500) this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    if (res.headersSent) {
      this.logger.warn(`answer after the request timed out: ${status}`);
      return;
    }
    res.status(status);
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Content-Security-Policy', publicPageCsp(req.secure, PAGE_HASHES));
    // The rate limiter has said when already; a dependency outage is short.
    if ((status === 503 || status === 429) && !res.getHeader('Retry-After')) res.setHeader('Retry-After', String(DEPENDENCY_RETRY_AFTER_SECONDS));
    res.type('html').send(errorPage(status, message));
  }

  private answerOf(exception: unknown): { status: number; message: string } {
    const fields = fieldsOf(exception);
    // A well-formed code that names no regency or kecamatan: the page is not there.
    if (exception instanceof InvalidInputError && (fields.includes('regency') || fields.includes('district'))) {
      return { status: 404, message: 'Kabupaten/kota atau kecamatan dengan kode ini tidak dikenal. Periksa alamatnya, atau pilih dari daftar.' };
    }
    if (isDatabaseUnavailable(exception)) {
      return { status: 503, message: 'Data ketersediaan sedang tidak dapat dibaca. Coba lagi beberapa saat lagi.' };
    }
    const status = exception instanceof DomainError ? exception.status : exception instanceof HttpException ? exception.getStatus() : 500;
    if (status === 400 && (fields.includes('lat') || fields.includes('lon'))) {
      return { status, message: 'Lokasi dalam alamat halaman ini tidak benar: lat dan lon harus berupa derajat di wilayah Indonesia, keduanya atau tidak sama sekali.' };
    }
    if (status === 400) return { status, message: 'Kode wilayah harus seperti 61.05 (kabupaten/kota) atau 61.05.14 (kecamatan).' };
    if (status === 429) return { status, message: 'Terlalu banyak permintaan dari alamat Anda. Coba lagi sebentar lagi.' };
    if (status === 503) return { status, message: 'Layanan sedang sibuk. Coba lagi beberapa saat lagi.' };
    if (status < 500) return { status, message: 'Halaman ini tidak dapat ditampilkan.' };
    return { status: 500, message: 'Terjadi kesalahan pada layanan. Coba lagi nanti.' };
  }
}

/** The fields a refusal names: a domain error's `field`, or each of a validation answer's `errors`. */
function fieldsOf(exception: unknown): string[] {
  if (exception instanceof DomainError) return [String(exception.details?.field ?? '')];
  if (exception instanceof HttpException) {
    const payload = exception.getResponse() as { errors?: Array<{ field?: string }> };
    return (payload?.errors ?? []).map((e) => String(e.field ?? ''));
  }
  return [];
}
