// Uploaded files, kept safe: a size cap, the type read from the content (never the client's
// claim), only inert types, and downloads that a browser can never run as a page or script.
import { createHash } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import { AppError } from '../errors.js';
import type { Context } from '../context.js';
import type { FilePurpose } from '../generated/prisma/enums.js';
import type { Prisma } from '../generated/prisma/client.js';

export const UPLOAD_MAX_BYTES = 5 * 1024 * 1024;
const NAME_MAX_LENGTH = 200;

/** Media types a purpose accepts. PDF and images only: nothing a browser would execute. */
const ACCEPTED_TYPES: Record<FilePurpose, readonly string[]> = {
  EVIDENCE: ['application/pdf', 'image/png', 'image/jpeg'],
  CERTIFICATE: ['application/pdf', 'image/png', 'image/jpeg'],
  CANDIDATE_DOCUMENT: ['application/pdf', 'image/png', 'image/jpeg'],
};

export interface StoredFileSummary {
  id: string;
  name: string;
  mediaType: string;
  size: number;
  sha256: string;
}

export interface StoreFileInput {
  file: File;
  purpose: FilePurpose;
  /** The account that uploads it (it may always download its own file). */
  uploadedBy: string;
  /** The input field the file came in, named in errors. */
  field?: string;
}

/** Validates an upload and stores it inside the caller's transaction. */
export async function storeFile(tx: Prisma.TransactionClient, input: StoreFileInput): Promise<StoredFileSummary> {
  const { file, purpose, uploadedBy } = input;
  const field = input.field ?? 'file';
  if (file.size === 0) throw new AppError('BAD_USER_INPUT', 'The file is empty.', field);
  if (file.size > UPLOAD_MAX_BYTES) {
    throw new AppError('BAD_USER_INPUT', `The file is larger than ${UPLOAD_MAX_BYTES / (1024 * 1024)} MiB.`, field);
  }
  const content = new Uint8Array(await file.arrayBuffer());
  const detected = await fileTypeFromBuffer(content);
  const accepted = ACCEPTED_TYPES[purpose];
  if (!detected || !accepted.includes(detected.mime)) {
    throw new AppError('BAD_USER_INPUT', `Only these file types are accepted: ${accepted.map(describeType).join(', ')}.`, field);
  }
  const sha256 = createHash('sha256').update(content).digest('hex');
  return tx.storedFile.create({
    data: { purpose, name: cleanFileName(file.name, detected.ext), mediaType: detected.mime, size: content.byteLength, sha256, content, uploadedById: uploadedBy },
    select: { id: true, name: true, mediaType: true, size: true, sha256: true },
  });
}

/** A file name without directories or control characters, short, with the extension of its real type. */
export function cleanFileName(name: string, extension: string): string {
  const base = (name.split(/[\\/]/).pop() ?? '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\.[^.]*$/, '')
    .trim()
    .slice(0, NAME_MAX_LENGTH - extension.length - 1);
  return `${base || 'file'}.${extension}`;
}

function describeType(mediaType: string): string {
  return mediaType === 'application/pdf' ? 'PDF' : mediaType.replace('image/', '').toUpperCase();
}

/** Whether a viewer other than the uploader may download a file; each purpose's module says. */
export type FileAccessRule = (context: Context, fileId: string) => Promise<boolean>;

const accessRules = new Map<FilePurpose, FileAccessRule>();

/** Called once by the module that owns a purpose (e.g. realisations for EVIDENCE). */
export function registerFileAccess(purpose: FilePurpose, rule: FileAccessRule): void {
  if (accessRules.has(purpose)) throw new Error(`File access for ${purpose} is already registered.`);
  accessRules.set(purpose, rule);
}

export interface FileDownload {
  name: string;
  mediaType: string;
  content: Uint8Array;
}

/**
 * The file if the viewer may download it, else null — the same answer for "absent" and
 * "not yours", so ids cannot be probed.
 */
export async function fileForViewer(context: Context, fileId: string): Promise<FileDownload | null> {
  const viewer = context.viewer;
  if (!viewer) return null;
  const file = await context.prisma.storedFile.findUnique({
    where: { id: fileId },
    select: { purpose: true, uploadedById: true, name: true, mediaType: true, content: true },
  });
  if (!file) return null;
  const allowed = file.uploadedById === viewer.userId || ((await accessRules.get(file.purpose)?.(context, fileId)) ?? false);
  return allowed ? { name: file.name, mediaType: file.mediaType, content: file.content } : null;
}
