// The one-time pairing code: 160 random bits written in Crockford's base32 (no I, L, O or U, so nothing is
// misread), in groups of four, valid ten minutes and good for one attempt only.
import { mt } from '../app/main-i18n';
import { hkdfSync, randomBytes } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const PAIRING_SECRET_BYTES = 20;
export const PAIRING_VALID_MS = 10 * 60 * 1000;

export class PairingCodeError extends Error {}

function encodeBase32(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

/** The code as shown: `7KQ2-M9XD-…`, eight groups of four. */
export function formatPairingCode(secret: Uint8Array): string {
  return (encodeBase32(secret).match(/.{1,4}/g) ?? []).join('-');
}

/**
 * The secret a typed code stands for. Forgiving as Crockford meant it (any case, spaces or dashes anywhere,
 * O read as 0, I and L as 1); anything else is refused with a sentence that says what is wrong.
 */
export function parsePairingCode(typed: string): Buffer {
  const text = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  const expected = Math.ceil((PAIRING_SECRET_BYTES * 8) / 5);
  if (text.length !== expected) throw new PairingCodeError(mt('sync.codeLength', { expected, actual: text.length }));
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const char of text) {
    const digit = ALPHABET.indexOf(char);
    if (digit < 0) throw new PairingCodeError(mt('sync.codeCharacter', { char }));
    value = (value << 5) | digit;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
    value &= (1 << bits) - 1;
  }
  return Buffer.from(out);
}

/** Names an offer on the wire without revealing its secret (a one-way derivation), so a host can hold several. */
export function offerIdOf(secret: Uint8Array): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, Buffer.alloc(0), 'rapport-sync-v1 offer id', 16));
}

export interface PairingOffer {
  code: string;
  secret: Buffer;
  expiresAt: Date;
}

/** The host's live offers: each expires after ten minutes and is gone after its first attempt, right or wrong. */
export class PairingOffers {
  private readonly live = new Map<string, PairingOffer>();

  constructor(private readonly now: () => Date = () => new Date()) {}

  create(): PairingOffer {
    const secret = randomBytes(PAIRING_SECRET_BYTES);
    const offer = {
      code: formatPairingCode(secret),
      secret,
      expiresAt: new Date(this.now().getTime() + PAIRING_VALID_MS),
    };
    this.live.set(offerIdOf(secret).toString('hex'), offer);
    return offer;
  }

  /** The secret of the offer `offerId` names, consuming it; undefined when unknown, used or expired. */
  take(offerId: Uint8Array): Buffer | undefined {
    const key = Buffer.from(offerId).toString('hex');
    const offer = this.live.get(key);
    this.live.delete(key);
    if (!offer || offer.expiresAt.getTime() <= this.now().getTime()) return undefined;
    return offer.secret;
  }

  cancelAll(): void {
    this.live.clear();
  }
}
