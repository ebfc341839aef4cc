// Runs `prisma generate` offline. The Prisma CLI insists on finding its native schema-engine
// binary before generating (and tries to download it, which fails without internet), although
// generation never executes it: pointing PRISMA_SCHEMA_ENGINE_BINARY at any executable skips that.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: '1', CHECKPOINT_DISABLE: '1' };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY || !existsSync(env.PRISMA_SCHEMA_ENGINE_BINARY)) {
  env.PRISMA_SCHEMA_ENGINE_BINARY = process.execPath;
}
const result = spawnSync('pnpm', ['exec', 'prisma', 'generate', '--schema', 'prisma'], {
  stdio: 'inherit',
  env,
  cwd: new URL('..', import.meta.url),
});
process.exit(result.status ?? 1);
