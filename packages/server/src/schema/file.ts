// Uploads: the File scalar of GraphQL multipart requests, and the stored file as the API shows it.
// Files are reached only through the record that uses them, whose access rules already apply;
// the bytes are downloaded from /files/:id (see src/files/http.ts).
import { GraphQLError } from 'graphql';
import { FILES_PATH } from '../files/http.js';
import { builder } from './builder.js';

builder.scalarType('File', {
  description: 'An uploaded file (GraphQL multipart request, with the x-pantau-csrf header). Input only.',
  serialize: () => {
    throw new GraphQLError('File is an input-only scalar.');
  },
  parseValue: (value) => {
    // yoga's File comes from its own fetch implementation, so check the shape rather than the class.
    if (typeof value === 'object' && value !== null && 'arrayBuffer' in value && 'name' in value && 'size' in value) return value as File;
    throw new GraphQLError('Expected an uploaded file (multipart request).', { extensions: { code: 'BAD_USER_INPUT', field: 'file' } });
  },
});

builder.enumType('FilePurpose', {
  description: 'What an uploaded file is for; each purpose decides who besides the uploader may download it.',
  values: ['EVIDENCE', 'CERTIFICATE', 'CANDIDATE_DOCUMENT'] as const,
});

export const StoredFileNode = builder.prismaObject('StoredFile', {
  description: 'An uploaded file: PDF, PNG or JPEG (type read from the content), at most 5 MiB.',
  select: { id: true },
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name', { description: "The uploader's file name, cleaned." }),
    mediaType: t.exposeString('mediaType', { description: 'Detected from the content, not from the upload.' }),
    size: t.exposeInt('size', { description: 'Bytes.' }),
    sha256: t.exposeString('sha256', { description: 'Hex SHA-256 of the content, to check a copy.' }),
    uploadedAt: t.expose('createdAt', { type: 'DateTime' }),
    url: t.string({ description: 'Where the signed-in viewer downloads it (always as an attachment).', resolve: (file) => `${FILES_PATH}${file.id}` }),
  }),
});
