/*
 * A few lines of a web framework, shaped like Express and Node's http module: the request and the
 * response point at each other, both point at the app, and the socket's server lists its sockets.
 * Logging `req` with JSON.stringify throws on the first of those cycles.
 */

export interface Socket {
  remoteAddress: string;
  server: Server;
}

export interface Server {
  name: string;
  connections: Socket[];
}

export class App {
  readonly settings = { env: 'production', 'trust proxy': true, 'x-powered-by': false };
  readonly locals = { title: 'shop-api', version: '1.4.2' };
  readonly server: Server = { name: 'http', connections: [] };
}

export class Response {
  statusCode = 200;
  readonly headers: Record<string, string> = { 'content-type': 'application/json' };
  readonly locals: Record<string, unknown> = {};

  constructor(
    readonly req: Request,
    readonly app: App,
  ) {}
}

export class Request {
  readonly res: Response;
  readonly params: Record<string, string> = {};
  readonly socket: Socket;

  constructor(
    readonly app: App,
    readonly method: string,
    readonly url: string,
    readonly headers: Record<string, string>,
    readonly id: bigint,
  ) {
    this.socket = { remoteAddress: '203.0.113.7', server: app.server };
    app.server.connections.push(this.socket);
    this.res = new Response(this, app);
  }
}

/** Runs `handler` for a request, as a router would, and returns the request when the response is sent. */
export function handle(
  app: App,
  method: string,
  url: string,
  headers: Record<string, string>,
  id: bigint,
  handler: (req: Request, res: Response) => void,
): Request {
  const req = new Request(app, method, url, headers, id);
  const match = /^\/users\/(\w+)$/.exec(url);
  if (match) req.params.id = match[1]!;
  handler(req, req.res);
  return req;
}
