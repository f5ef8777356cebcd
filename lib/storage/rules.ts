/**
 * Upload rules shared by the local route, the UploadThing router and the browser: which
 * content types a case material may have, how large it may be, and what name it is kept
 * under. Pure — no framework, no I/O — so the same rules hold on every path.
 */

/** What a case material may be, by detected content (never by the declared type or extension). */
export const MATERIAL_CONTENT_TYPES = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
} as const;

export type MaterialContentType = keyof typeof MATERIAL_CONTENT_TYPES;

/** For `<input accept>`: a hint to the file picker only; the server decides by content. */
export const MATERIAL_ACCEPT = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';

type PowOf2 = 1 | 2 | 4 | 8 | 16 | 32 | 64 | 128 | 256 | 512 | 1024;
/** UploadThing only accepts route limits of this form ("64MB"). */
export type RouteFileSize = `${PowOf2}${'B' | 'KB' | 'MB' | 'GB'}`;

/**
 * The route-level cap for UploadThing, which knows one limit per route rather than per
 * material: the largest catalogue limit (50 MB) rounded up to a power of two. Each
 * material's own limit is enforced before the upload is signed and again on its content.
 */
export const MATERIAL_UPLOAD_CEILING: RouteFileSize = '64MB';

const UNITS: Record<string, number> = { B: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3 };

/** '10MB' → 10 485 760. Binary units, as UploadThing counts them; throws on anything else. */
export function parseSize(input: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(B|KB|MB|GB)\s*$/i.exec(input);
  if (!match) throw new Error(`Invalid size: ${JSON.stringify(input)}`);
  return Math.floor(Number(match[1]) * UNITS[match[2].toUpperCase()]);
}

export function isMaterialContentType(type: string | null | undefined): type is MaterialContentType {
  return !!type && Object.hasOwn(MATERIAL_CONTENT_TYPES, type);
}

export function extensionFor(type: MaterialContentType): string {
  return MATERIAL_CONTENT_TYPES[type];
}

const MAX_NAME_LENGTH = 120;

/**
 * The name a file is shown and downloaded under: the last path segment of what the
 * browser sent, without control or bidi-override characters (a U+202E can make
 * "exe.pdf" read as "fdp.exe") or characters Windows refuses, with the extension of the
 * detected type in place of the declared one.
 */
export function safeStoredName(originalName: string, type: MaterialContentType): string {
  const ext = extensionFor(type);
  const lastSegment = originalName.normalize('NFC').split(/[\\/]/).pop() ?? '';
  let base = lastSegment
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, '')
    .replace(/[<>:"|?*]/g, '_')
    .replace(/\s+/g, ' ')
    .replace(/^[.\s]+/, '') // no hidden files
    .replace(/\.[a-z0-9]{1,10}$/i, '') // the declared extension, whatever it was
    .replace(/[.\s]+$/, '');
  if (base.toLowerCase().endsWith(`.${ext}`)) base = base.slice(0, -(ext.length + 1));
  const chars = Array.from(base || 'file');
  return `${chars.slice(0, MAX_NAME_LENGTH).join('')}.${ext}`;
}

export type MaterialUploadRule = {
  maxSizeMb: number;
  maxBytes: number;
  contentTypes: readonly MaterialContentType[];
  accept: string;
};

/** The rule for one catalogue material; its size limit comes from the catalogue. */
export function materialUploadRule(maxSizeMb: number): MaterialUploadRule {
  if (!Number.isFinite(maxSizeMb) || maxSizeMb <= 0) throw new Error(`Invalid material size limit: ${maxSizeMb}`);
  return {
    maxSizeMb,
    maxBytes: parseSize(`${maxSizeMb}MB`),
    contentTypes: Object.keys(MATERIAL_CONTENT_TYPES) as MaterialContentType[],
    accept: MATERIAL_ACCEPT,
  };
}

/** The `validation` key a file fails the rule with, if any: empty, too large, then wrong type. */
export type MaterialFileProblem = 'fileEmpty' | 'fileTooLarge' | 'fileType';

export function checkMaterialFile(
  file: { size: number; detectedType: string | null | undefined },
  rule: MaterialUploadRule,
): MaterialFileProblem | null {
  if (file.size <= 0) return 'fileEmpty';
  if (file.size > rule.maxBytes) return 'fileTooLarge';
  if (!isMaterialContentType(file.detectedType) || !rule.contentTypes.includes(file.detectedType)) return 'fileType';
  return null;
}
