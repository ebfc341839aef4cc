// GET /files/:id — downloads for the viewers each purpose allows, always as an attachment that the
// browser neither renders nor sniffs, so an uploaded file can never act as a page of this site.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { create as contentDisposition } from 'content-disposition';
import type { Context } from '../context.js';
import { AppError } from '../errors.js';
import { fileForViewer } from './store.js';

export const FILES_PATH = '/files/';

export async function handleFileRequest(
  req: IncomingMessage,
  res: ServerResponse,
  fileId: string,
  buildContext: (req: IncomingMessage) => Promise<Context>,
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' }).end('Method not allowed\n');
    return;
  }
  let context: Context;
  try {
    context = await buildContext(req);
  } catch (error) {
    if (error instanceof AppError && error.code === 'RATE_LIMITED') {
      res.writeHead(429, { 'content-type': 'text/plain; charset=utf-8' }).end(`${error.message}\n`);
      return;
    }
    throw error;
  }
  const file = /^[\w-]{1,64}$/.test(fileId) ? await fileForViewer(context, fileId) : null;
  if (!file) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }).end('Not found\n');
    return;
  }
  res.writeHead(200, {
    'content-type': file.mediaType,
    'content-length': file.content.byteLength,
    'content-disposition': contentDisposition(file.name),
    'x-content-type-options': 'nosniff',
    'content-security-policy': "sandbox; default-src 'none'",
    'cross-origin-resource-policy': 'same-origin',
    'cache-control': 'private, no-store',
  });
  res.end(req.method === 'HEAD' ? undefined : file.content);
}
