// DNS-SD discovery through bonjour-service (multicast DNS, pure JavaScript): `_rapport-sync._tcp`, whose TXT
// record carries only the device's opaque tag. Used by the app while sync is on; tests use the fake in ./discovery.
import { Bonjour, type Service, type ServiceConfig } from 'bonjour-service';
import type { Announcement, Discovery, Found } from './discovery';

export const SERVICE_TYPE = 'rapport-sync';

/** The service to publish: the name and host are made from the tag too, so no computer or person is named. */
export function toService({ deviceId, port }: Announcement): ServiceConfig {
  const short = deviceId.slice(0, 12);
  return {
    name: `Rapport ${short}`,
    type: SERVICE_TYPE,
    protocol: 'tcp',
    port,
    host: `rapport-${short}.local`,
    txt: { id: deviceId },
    disableIPv6: true,
  };
}

/** What a found service says, or undefined when it is not a Rapport announcement with an address. */
export function fromService(service: Pick<Service, 'port' | 'txt' | 'addresses' | 'referer'>): Found | undefined {
  const id: unknown = (service.txt as Record<string, unknown> | undefined)?.id;
  const deviceId = typeof id === 'string' ? id : Buffer.isBuffer(id) ? id.toString('utf8') : undefined;
  if (!deviceId || !/^[0-9a-f]{32}$/.test(deviceId)) return undefined;
  if (!Number.isInteger(service.port) || service.port < 1 || service.port > 65535) return undefined;
  const ipv4 = service.addresses?.find((a) => /^\d{1,3}(\.\d{1,3}){3}$/.test(a));
  const host = ipv4 ?? service.referer?.address;
  return host ? { deviceId, host, port: service.port } : undefined;
}

export class BonjourDiscovery implements Discovery {
  private bonjour: Bonjour | undefined;

  advertise(announcement: Announcement): void {
    this.instance().publish(toService(announcement));
  }

  browse(onFound: (found: Found) => void): void {
    const report = (service: Service) => {
      const found = fromService(service);
      if (found) onFound(found);
    };
    const browser = this.instance().find({ type: SERVICE_TYPE, protocol: 'tcp' }, report);
    browser.on('txt-update', report);
  }

  stop(): Promise<void> {
    const bonjour = this.bonjour;
    this.bonjour = undefined;
    if (!bonjour) return Promise.resolve();
    // Goodbye packets (TTL 0) tell browsers the old port is gone; turning sync off never waits more than a second.
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, 1000);
      bonjour.unpublishAll(() =>
        bonjour.destroy(() => {
          clearTimeout(timer);
          resolve();
        }),
      );
    });
  }

  private instance(): Bonjour {
    // A failure of the multicast socket (no network, a port in use) is logged; sync goes on with typed addresses.
    this.bonjour ??= new Bonjour({}, (error: unknown) => console.warn(`Rapport sync discovery: ${String(error)}`));
    return this.bonjour;
  }
}
