import type { DeviceKind } from '../registry/device.entity';

/** What officers read: device kinds in Bahasa Indonesia. */
export const DEVICE_KIND_ID: Record<DeviceKind, string> = {
  pc: 'PC perekaman',
  'fingerprint-scanner': 'pemindai sidik jari',
  'iris-scanner': 'pemindai iris',
  camera: 'kamera',
  'signature-pad': 'alat tanda tangan digital',
  'card-reader': 'pembaca kartu',
  'card-printer': 'printer kartu',
};
