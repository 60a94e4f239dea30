/**
 * The poster's fixed geometry, apart from its rendering (no dependencies, so a test can read it):
 * the page and where the QR code lies on it.
 */

export const MM = 72 / 25.4;
export const A4 = { width: 595.28, height: 841.89 };

/** Error correction M (15 %): survives a crease or some grime on a door, with a QR code still coarse enough for an old phone's camera. */
export const POSTER_QR_OPTIONS = { errorCorrectionLevel: 'M' } as const;

/**
 * Where the QR code's modules lie on the page, in PDF points from the top left (fixed, so the
 * poster looks the same for every point, and a test can find it): 85 mm wide, centred, with at
 * least 4 modules of white around it (the quiet zone readers need).
 */
export const POSTER_QR_BOX = { x: (A4.width - 85 * MM) / 2, y: 108 * MM, size: 85 * MM };

