// One execution and one serialised payload per live topic change, not one per subscriber.
// graphql-ws executes the selection and stringifies the result for every subscriber. For the
// subscription fields that declare an audience (LIVE_AUDIENCE), the field's subscribe resolver
// still runs per subscriber (argument checks and authorisation hold for each), but each value the
// topic yields is executed and stringified once per operation × variables × audience, and the
// `next` frame is the subscriber's id written around that shared JSON.
import { createSourceEventStream, execute, getOperationAST, GraphQLError, Kind, type ExecutionArgs, type ExecutionResult } from 'graphql';
import type { WebSocket } from 'ws';
import { isStaff, type Context } from '../context.js';
import type { LiveTopics } from './live-topics.js';

/** Field extension naming what a field's results depend on besides the operation and its variables. */
export const LIVE_AUDIENCE = 'liveAudience';
export type LiveAudience = (context: Context) => string;

/**
 * For figures that differ only between the public (anonymous visitors and candidates: small groups
 * suppressed) and signed-in staff: a field declaring it must read nothing else of the viewer in any field it can reach.
 */
export const publicOrSignedIn: LiveAudience = (context) => (isStaff(context) ? 'signed-in' : 'public');

/** The subscriber's side of a shared operation: its graphql-ws id, query text and socket. */
export interface SharedOperation {
  id: string;
  query: string;
  socket: WebSocket;
}

/** The audience of a subscription whose single root field shares its results, else null. */
export function liveAudienceOf(args: ExecutionArgs): string | null {
  const operation = getOperationAST(args.document, args.operationName);
  if (operation?.operation !== 'subscription' || operation.selectionSet.selections.length !== 1) return null;
  const selection = operation.selectionSet.selections[0]!;
  if (selection.kind !== Kind.FIELD) return null;
  const field = args.schema.getSubscriptionType()?.getFields()[selection.name.value];
  const audience = field?.extensions[LIVE_AUDIENCE] as LiveAudience | undefined;
  return audience ? audience(args.contextValue as Context) : null;
}

/**
 * Subscribes one subscriber. Returns the errors of a refused subscription, or an iterator that
 * writes each value's shared frame itself and yields nothing (graphql-ws still owns the
 * protocol: it ends the iterator on `complete` or close, and sends `complete` after it).
 */
export async function subscribeShared(
  args: ExecutionArgs,
  operation: SharedOperation,
  audience: string,
  live: LiveTopics,
  mask: (error: GraphQLError) => Error,
): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
  const source = await createSourceEventStream(args);
  if (!(Symbol.asyncIterator in source)) return source;
  const values = source[Symbol.asyncIterator]();
  const key = `${audience}\n${args.operationName ?? ''}\n${JSON.stringify(args.variableValues ?? {})}\n${operation.query}`;
  const render = async (value: unknown): Promise<string> => {
    const result = await execute({ ...args, rootValue: value });
    const errors = result.errors?.map((error) => mask(error));
    return JSON.stringify(errors ? { ...result, errors } : result);
  };
  const prefix = `{"id":${JSON.stringify(operation.id)},"type":"next","payload":`;
  const write = (frame: string) =>
    new Promise<void>((resolve) => {
      if (operation.socket.readyState !== operation.socket.OPEN) return resolve();
      operation.socket.send(frame, () => resolve());
    });
  const done = { done: true, value: undefined } as const;
  const iterator: AsyncIterableIterator<ExecutionResult> = {
    [Symbol.asyncIterator]: () => iterator,
    async next() {
      for (;;) {
        const step = await values.next();
        if (step.done) return done;
        const payload = await live.payloadOf(step.value as object, key, () => render(step.value));
        await write(`${prefix}${payload}}`);
      }
    },
    async return() {
      await values.return?.();
      return done;
    },
  };
  return iterator;
}

