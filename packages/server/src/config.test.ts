import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('configuration', () => {
  it('has working defaults', () => {
    const config = loadConfig({ INIT_CWD: '/srv/pantau' });
    expect(config).toMatchObject({ PORT: 4000, DATA_DIR: '/srv/pantau/data', DEMO_DATA: 'small', COOKIE_SECURE: false });
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it('names every invalid variable and why', () => {
    expect(() => loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', SESSION_SECRET: 'short', DEMO_DATA: 'huge' })).toThrowError(
      /PORT: .*\n.*DATABASE_URL: must be a postgresql:\/\/ connection string\n.*SESSION_SECRET: must be at least 32 characters\n.*DEMO_DATA/,
    );
  });

  it('bounds what a WebSocket may buffer: 4 MiB unless set, and never a useless few bytes', () => {
    expect(loadConfig({}).WS_MAX_BUFFERED_BYTES).toBe(4 * 1024 * 1024);
    expect(loadConfig({ WS_MAX_BUFFERED_BYTES: '65536' }).WS_MAX_BUFFERED_BYTES).toBe(65536);
    expect(() => loadConfig({ WS_MAX_BUFFERED_BYTES: '10' })).toThrowError(/WS_MAX_BUFFERED_BYTES: must be at least 1024 \(bytes\)/);
  });

  it('takes an SMTP server as an smtp:// or smtps:// URL and a one-line sender', () => {
    expect(loadConfig({}).SMTP_URL).toBeUndefined();
    expect(loadConfig({}).MAIL_FROM).toBe('Pantau Kinerja <no-reply@localhost>');
    expect(loadConfig({ SMTP_URL: 'smtps://user:pass@mail.example.id:465', MAIL_FROM: 'no-reply@example.id' })).toMatchObject({
      SMTP_URL: 'smtps://user:pass@mail.example.id:465',
      MAIL_FROM: 'no-reply@example.id',
    });
    for (const SMTP_URL of ['mail.example.id:587', 'http://mail.example.id', 'smtp://']) {
      expect(() => loadConfig({ SMTP_URL })).toThrowError(/SMTP_URL: must be an smtp:\/\/ or smtps:\/\/ URL/);
    }
    for (const MAIL_FROM of ['Pantau Kinerja', 'Pantau <a@b.id>\r\nBcc: x@y.id']) {
      expect(() => loadConfig({ MAIL_FROM })).toThrowError(/MAIL_FROM: must be an address/);
    }
  });

  it('requires a session secret in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrowError(/SESSION_SECRET: required when NODE_ENV=production/);
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '' }).PORT).toBe(4000);
  });
});
