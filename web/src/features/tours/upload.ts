import { ApiError, CSRF_COOKIE, CSRF_HEADER, type Schemas } from '../../lib/api';

export type Batch = Schemas['BatchView'];

/** The packet's SHA-256, hex, computed here in the browser: the server compares it with what it received. */
export async function sha256Hex(file: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

function cookie(name: string): string | undefined {
  return document.cookie
    .split(';')
    .map((c) => c.trim().split('='))
    .find(([k]) => k === name)?.[1];
}

export interface BatchFields {
  file: File;
  sha256: string;
  residentsCount: number;
  deviceSerial: string;
  /** ISO 8601 with the office's offset. */
  capturedAt: string;
}

/**
 * Sends a batch's packet (multipart) with XMLHttpRequest, whose upload reports its progress (fetch
 * has none); the session cookie goes along, and the CSRF token is echoed as the typed client does
 * (lib/api.ts). A refusal rejects with ApiError (code and body from the server), a network failure
 * with a TypeError.
 */
export function uploadBatch(tourId: string, stopId: string, fields: BatchFields, onProgress: (fraction: number) => void): Promise<Batch> {
  const form = new FormData();
  form.set('sha256', fields.sha256);
  form.set('residentsCount', String(fields.residentsCount));
  form.set('deviceSerial', fields.deviceSerial);
  form.set('capturedAt', fields.capturedAt);
  // The file last: the fields are read before the packet arrives.
  form.set('file', fields.file, fields.file.name);
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/tours/${encodeURIComponent(tourId)}/stops/${encodeURIComponent(stopId)}/batches`);
    xhr.withCredentials = true;
    xhr.setRequestHeader('accept', 'application/json');
    const csrf = cookie(CSRF_COOKIE);
    if (csrf) xhr.setRequestHeader(CSRF_HEADER, decodeURIComponent(csrf));
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = xhr.responseText ? JSON.parse(xhr.responseText) : null;
      } catch {
        body = null;
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress(1);
        resolve(body as Batch);
        return;
      }
      const b = (body ?? {}) as { code?: string; message?: string };
      reject(new ApiError(xhr.status, b.code ?? 'unknown', b.message ?? xhr.statusText, body));
    };
    xhr.onerror = () => reject(new TypeError('network error'));
    xhr.onabort = () => reject(new TypeError('upload aborted'));
    xhr.send(form);
  });
}
