// How paired devices find each other's current address on the local network (DNS-SD in the app, an
// in-memory fake in tests). Discovery only suggests an address: the handshake still decides who is who.
import { createHash } from 'node:crypto';

/** What one device announces: an opaque tag of its device id (see deviceTag), never a name, and its port. */
export interface Announcement {
  deviceId: string;
  port: number;
}

/** An announcement seen on the network, with the host it came from. */
export interface Found extends Announcement {
  host: string;
}

export interface Discovery {
  advertise(announcement: Announcement): void;
  browse(onFound: (found: Found) => void): void;
  /** Stops advertising and browsing. */
  stop(): Promise<void>;
}

/**
 * The opaque id a device announces: a hash of its device id (a random UUID only paired devices know), so the
 * network learns neither the journal id, nor a name, nor anything of the pairing.
 */
export function deviceTag(deviceId: string): string {
  return createHash('sha256').update(`rapport-sync-device:${deviceId}`).digest('hex').slice(0, 32);
}

/** An in-memory network of fake adapters, for tests: nothing leaves the process. */
export class FakeNetwork {
  private readonly adverts = new Map<FakeDiscovery, Found>();
  private readonly browsers = new Map<FakeDiscovery, (found: Found) => void>();

  /** An adapter whose announcements carry `host` (the address the others should use). */
  adapter(host = '127.0.0.1'): FakeDiscovery {
    return new FakeDiscovery(this, host);
  }

  announce(from: FakeDiscovery, found: Found): void {
    this.adverts.set(from, found);
    for (const [browser, onFound] of this.browsers) if (browser !== from) onFound(found);
  }

  listen(from: FakeDiscovery, onFound: (found: Found) => void): void {
    this.browsers.set(from, onFound);
    for (const [advertiser, found] of this.adverts) if (advertiser !== from) onFound(found);
  }

  leave(from: FakeDiscovery): void {
    this.adverts.delete(from);
    this.browsers.delete(from);
  }

  get advertised(): Found[] {
    return [...this.adverts.values()];
  }
}

export class FakeDiscovery implements Discovery {
  constructor(
    private readonly network: FakeNetwork,
    private readonly host: string,
  ) {}

  advertise(announcement: Announcement): void {
    this.network.announce(this, { ...announcement, host: this.host });
  }

  browse(onFound: (found: Found) => void): void {
    this.network.listen(this, onFound);
  }

  stop(): Promise<void> {
    this.network.leave(this);
    return Promise.resolve();
  }
}
