// The shape of the main handler table: one handler per API method, taking the validated request.
// Its own module so createHandlers (crosscheckHandlers.ts) and the review handlers it joins in
// (reviewHandlers.ts) share the type without importing each other.
import type { ApiMethod, ParsedRequestOf, ResultOf } from '../shared/ipcContract.ts';

export type Handlers = { [M in ApiMethod]: (request: ParsedRequestOf<M>) => ResultOf<M> | Promise<ResultOf<M>> };
