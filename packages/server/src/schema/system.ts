import { ERROR_CODES } from '../errors.js';
import { builder } from './builder.js';

builder.enumType('ErrorCode', {
  description:
    'The stable code in `extensions.code` of every error this API returns. When one input field is at fault, ' +
    '`extensions.field` names it (for example `input.username`).',
  values: ERROR_CODES,
});

builder.subscriptionField('serverTime', (t) =>
  t.field({
    type: 'DateTime',
    description: "The server's clock, once a second: a heartbeat that lets clients show that the live connection works.",
    subscribe: async function* (_root, _args, _context, info) {
      void info;
      while (true) {
        yield new Date();
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
    },
    resolve: (time) => time,
  }),
);
