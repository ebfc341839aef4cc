// A small GraphQL-over-HTTP client that keeps the session cookie like a browser does: used by the
// tests, the simulator, the soak run and the benchmark's load generator.
import { CSRF_HEADER } from './protection.js';
export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: Array<{ message: string; path?: string[]; extensions?: { code?: string; field?: string } }>;
  extensions?: Record<string, unknown>;
}

export class GraphQLClient {
  private cookie: string | undefined;

  constructor(private readonly url: string) {}

  get sessionCookie(): string | undefined {
    return this.cookie;
  }

  async request<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> {
    return this.send<T>({ 'content-type': 'application/json' }, JSON.stringify({ query, variables }));
  }

  /** A GraphQL multipart request (file upload): `files` maps a variable name to the file it carries. */
  async upload<T = Record<string, unknown>>(query: string, variables: Record<string, unknown>, files: Record<string, File>): Promise<GraphQLResponse<T>> {
    const form = new FormData();
    const names = Object.keys(files);
    form.set('operations', JSON.stringify({ query, variables: { ...variables, ...Object.fromEntries(names.map((name) => [name, null])) } }));
    form.set('map', JSON.stringify(Object.fromEntries(names.map((name, index) => [String(index), [`variables.${name}`]]))));
    names.forEach((name, index) => form.set(String(index), files[name]!));
    // Like the web app, say so with our header: a multipart POST without it is refused as a possible CSRF.
    return this.send<T>({ [CSRF_HEADER]: '1' }, form);
  }

  private async send<T>(headers: Record<string, string>, body: string | FormData): Promise<GraphQLResponse<T>> {
    const response = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: {
        ...headers,
        accept: 'application/graphql-response+json',
        ...(this.cookie ? { cookie: this.cookie } : {}),
      },
      body,
    });
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(';');
      if (!pair) continue;
      const value = pair.slice(pair.indexOf('=') + 1);
      this.cookie = value ? pair : undefined;
    }
    return (await response.json()) as GraphQLResponse<T>;
  }

  /** Logs in and fails loudly if the server refuses. */
  async login(username: string, password: string): Promise<void> {
    const result = await this.request(
      'mutation ($input: LoginInput!) { login(input: $input) { user { id } } }',
      { input: { username, password } },
    );
    if (result.errors) throw new Error(`Login as ${username} failed: ${result.errors[0]?.message}`);
  }
}
