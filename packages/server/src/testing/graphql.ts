// A small GraphQL-over-HTTP client for tests that keeps the session cookie like a browser does.
export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: Array<{ message: string; path?: string[]; extensions?: { code?: string; field?: string } }>;
  extensions?: Record<string, unknown>;
}

export class GraphQLTestClient {
  private cookie: string | undefined;

  constructor(private readonly url: string) {}

  get sessionCookie(): string | undefined {
    return this.cookie;
  }

  async request<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> {
    const response = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json',
        ...(this.cookie ? { cookie: this.cookie } : {}),
      },
      body: JSON.stringify({ query, variables }),
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
