// Strings for Settings → Devices → Relay (English and Swedish): syncing through a relay that sees only ciphertext.
import { defineStrings } from '../define';

export const relayStrings = defineStrings(
  {
    heading: 'Relay',
    intro:
      'For devices that are never on the same network: they can also sync through a relay, a small server you or someone you trust runs. Everything is encrypted on this computer first, so the relay only passes along what it cannot read.',
    url: 'Relay address',
    urlPlaceholder: 'wss://relay.example.org',
    room: 'Room',
    roomHint: 'Every device with this journal uses the same room. Leave it empty and Rapport picks one.',
    save: 'Save',
    saving: 'Saving…',
    saved: 'Saved. Devices you pair from now on receive the relay and its key with the pairing code.',
    keyNote: 'The key that encrypts what goes through the relay stays on your devices; it is never shown.',
    forgetHint: 'To stop using the relay, empty the address and save.',
    failed: 'The relay was not saved: {{reason}}',
    state: {
      off: 'Sync is off, so the relay is not used right now.',
      connecting: 'Connecting to the relay… Rapport keeps trying while sync is on.',
      syncing: 'Connected, syncing…',
      'up-to-date': 'Connected and up to date.',
      refused: 'Not syncing through the relay.',
    },
    lastSynced: 'Last synced {{when}}.',
    neverSynced: 'Not synced through the relay yet.',
  },
  {
    heading: 'Relä',
    intro:
      'För enheter som aldrig är i samma nätverk: de kan också synka via ett relä, en liten server som du eller någon du litar på driver. Allt krypteras på den här datorn först, så reläet skickar bara vidare det som det inte kan läsa.',
    url: 'Reläets adress',
    urlPlaceholder: 'wss://server.exempel.se',
    room: 'Rum',
    roomHint: 'Alla enheter med den här journalen använder samma rum. Lämna det tomt så väljer Rapport ett.',
    save: 'Spara',
    saving: 'Sparar…',
    saved: 'Sparat. Enheter som du parkopplar härefter får reläet och dess nyckel med parkopplingskoden.',
    keyNote: 'Nyckeln som krypterar det som går via reläet stannar på dina enheter och visas aldrig.',
    forgetHint: 'Töm adressen och spara om du vill sluta använda reläet.',
    failed: 'Reläet sparades inte: {{reason}}',
    state: {
      off: 'Synkningen är avstängd, så reläet används inte just nu.',
      connecting: 'Ansluter till reläet… Rapport fortsätter försöka så länge synkningen är på.',
      syncing: 'Ansluten, synkar…',
      'up-to-date': 'Ansluten och synkad.',
      refused: 'Synkar inte via reläet.',
    },
    lastSynced: 'Senast synkad {{when}}.',
    neverSynced: 'Inte synkad via reläet än.',
  },
);
