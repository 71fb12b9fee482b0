// protocol: main's real `protocol.handle` handlers answer every request the page makes to its app origin
// (the test process forwards each one here as a web Request for app://…).
import type { ProtocolRequest, ProtocolResponse } from '../messages';
import { provide } from './channel';
import { records } from './records';
import { requireReady, state } from './state';
import { noteHandledScheme, toAppUrl } from './url-map';

type ProtocolHandler = (request: Request) => Response | Promise<Response>;

interface CustomScheme {
  scheme: string;
  privileges?: Record<string, boolean>;
}

const handlers = new Map<string, ProtocolHandler>();

function unsupported(name: string): () => never {
  return () => {
    throw new Error(`protocol.${name} is not supported by the Electron stand-in; use protocol.handle`);
  };
}

export const protocol = {
  registerSchemesAsPrivileged(schemes: CustomScheme[]): void {
    if (state.ready) throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
    for (const s of schemes) records.privilegedSchemes.push({ scheme: s.scheme, privileges: { ...s.privileges } });
  },
  handle(scheme: string, handler: ProtocolHandler): void {
    requireReady('protocol.handle');
    if (handlers.has(scheme)) throw new Error(`Failed to register protocol: ${scheme}`);
    handlers.set(scheme, handler);
    noteHandledScheme(scheme);
    records.handledSchemes.push(scheme);
  },
  unhandle(scheme: string): void {
    handlers.delete(scheme);
  },
  isProtocolHandled(scheme: string): boolean {
    return handlers.has(scheme);
  },
  registerFileProtocol: unsupported('registerFileProtocol'),
  registerBufferProtocol: unsupported('registerBufferProtocol'),
  registerStringProtocol: unsupported('registerStringProtocol'),
  registerHttpProtocol: unsupported('registerHttpProtocol'),
  registerStreamProtocol: unsupported('registerStreamProtocol'),
  interceptFileProtocol: unsupported('interceptFileProtocol'),
};

function buildRequest(url: string, req: ProtocolRequest): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    try {
      headers.set(name, value);
    } catch {
      // A header Node refuses is one Electron's handler would not see either.
    }
  }
  const body =
    req.body !== null && req.method !== 'GET' && req.method !== 'HEAD' ? new Uint8Array(req.body) : undefined;
  return new Request(url, { method: req.method, headers, body });
}

export async function answerProtocolRequest(req: ProtocolRequest): Promise<ProtocolResponse> {
  const url = toAppUrl(req.url);
  const scheme = url.slice(0, Math.max(0, url.indexOf(':')));
  const handler = handlers.get(scheme);
  if (!handler) return { handled: false, reason: `no protocol handler for '${scheme}' (${url})` };
  let response: Response;
  try {
    response = await handler(buildRequest(url, req));
  } catch (error) {
    const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
    process.stderr.write(`[stand-in] protocol handler for ${url} threw: ${text}\n`);
    return { handled: false, reason: `protocol handler threw: ${text}` };
  }
  if (!(response instanceof Response) || response.type === 'error') {
    return { handled: false, reason: `protocol handler for ${url} did not return a Response` };
  }
  const body = new Uint8Array(await response.arrayBuffer());
  return {
    handled: true,
    status: response.status,
    statusText: response.statusText,
    headers: [...response.headers.entries()],
    body,
  };
}

provide({ protocolRequest: answerProtocolRequest });
