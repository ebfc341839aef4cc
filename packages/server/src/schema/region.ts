import { builder } from './builder.js';

const RegionKind = builder.enumType('RegionKind', {
  description: 'KOTA is a city, KABUPATEN a regency.',
  values: ['KOTA', 'KABUPATEN'] as const,
});

export const RegionNode = builder.prismaNode('Region', {
  id: { field: 'id' },
  description: 'A regional government (pemerintah daerah) using the product.',
  fields: (t) => ({
    code: t.exposeString('code', { description: 'Kemendagri region code, e.g. 36.73 for Kota Serang.' }),
    name: t.exposeString('name'),
    kind: t.expose('kind', { type: RegionKind }),
    province: t.exposeString('province'),
    timeZone: t.exposeString('timeZone', { description: 'IANA time zone used for working days and office hours.' }),
    districts: t.relation('districts', { query: { orderBy: { name: 'asc' } } }),
    agencies: t.relatedConnection('agencies', { cursor: 'id', totalCount: true, query: { orderBy: { name: 'asc' } } }),
  }),
});

builder.prismaNode('District', {
  id: { field: 'id' },
  description: 'A kecamatan (district) of a region, such as Kertapati in Palembang.',
  fields: (t) => ({
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    region: t.relation('region'),
  }),
});

builder.queryFields((t) => ({
  regions: t.prismaConnection({
    type: 'Region',
    cursor: 'id',
    description: 'All regions, by name.',
    totalCount: (_parent, _args, context) => context.prisma.region.count(),
    resolve: (query, _parent, _args, context) => context.prisma.region.findMany({ ...query, orderBy: { name: 'asc' } }),
  }),
  region: t.prismaField({
    type: 'Region',
    nullable: true,
    args: { id: t.arg.globalID({ required: true, for: RegionNode }) },
    resolve: (query, _parent, args, context) => context.prisma.region.findUnique({ ...query, where: { id: args.id.id } }),
  }),
}));
