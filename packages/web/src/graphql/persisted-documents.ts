// The documents sent as persisted operations: the public pages' fixed queries, the same for
// every visitor, so a caching proxy in front of the server can answer them. Add a document here
// and regenerate the manifest (see persisted.test.ts).
import { PublicCatalogueQuery } from '../pages/public/queries';

export const PERSISTED_DOCUMENTS = [PublicCatalogueQuery];
