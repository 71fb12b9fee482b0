// Help texts for `rapport help` and `--help` on every command.
export const GENERAL_HELP = `rapport — work with a Rapport journal folder from the command line

Usage: rapport [--data-dir DIR] <command> [options]

Commands:
  stats [--json]                                  count what the journal holds
  import linkedin|vcard|json|rapport FILE [--dry-run]
                                                  import a file (reports added/updated/unchanged/skipped)
  export md|json|vcard|rapport PATH               export the journal
  backup                                          write a .rapport backup into DIR/backups
  restore FILE                                    put the journal back to a backup (backs up the present first)
  verify                                          check the journal files' integrity
  repair                                          recover a damaged journal (copies the damaged files first)
  serve [--host H] [--port P]                     run an always-on sync peer (prints a pairing code)
  pair CODE --address HOST:PORT [--merge]         pair this folder with a device that shows a code
  sync [--once]                                   sync with every paired device it can reach and the relay
  devices                                         list paired devices
  unpair NAME                                     remove a paired device
  relay [set URL [--room ROOM] | off]             show, set or turn off the relay this folder syncs through
  help [command]                                  show help

The journal folder is --data-dir, else $RAPPORT_DATA_DIR, else the desktop app's folder.
While the app has the journal open, the CLI can read (stats, export, backup, verify, devices) but not
import, restore, repair, serve, pair, sync, unpair, relay set or relay off: while the app runs, it is the app that syncs.

The CLI prints English whatever the app's language; --json output is language-neutral (keys in English,
dates as YYYY-MM-DD, numbers as numbers), for scripts.

Exit codes: 0 success · 1 bad input (nothing written) · 2 usage · 3 journal folder locked or unreadable`;

export const COMMAND_HELP: Record<string, string> = {
  stats: `Usage: rapport [--data-dir DIR] stats [--json]

Counts contacts, interactions, reflections, goals, events, circles and inbox notes (trashed items are
not counted); how many events are ahead and how many recorded, the day of the latest reflection, and the
energy spent and planned this week. With --json prints one JSON object.`,
  import: `Usage: rapport [--data-dir DIR] import linkedin|vcard|json|rapport FILE [--dry-run]

  linkedin  LinkedIn's Connections.csv
  vcard     a .vcf file (vCard 2.1, 3.0 or 4.0)
  json      a Rapport JSON export
  rapport   a .rapport snapshot, merged into this journal

Prints what would change: added, updated, unchanged, skipped (with reasons and line numbers).
With --dry-run nothing is written. Otherwise a backup is taken first. Refused while the app has the
journal open (exit 3).`,
  export: `Usage: rapport [--data-dir DIR] export md|json|vcard|rapport PATH

  md       a folder of Markdown files (one per contact, goal, event, circle, reflection)
  json     one JSON file (format described in docs/JSON-EXPORT.md)
  vcard    one .vcf file with every contact (vCard 4.0)
  rapport  an exact .rapport snapshot`,
  backup: `Usage: rapport [--data-dir DIR] backup

Writes a .rapport snapshot into DIR/backups and prints its path. Works while the app is open.`,
  restore: `Usage: rapport [--data-dir DIR] restore FILE

Puts the journal back to the state in FILE, a .rapport backup or snapshot (a bare backup name such as
rapport-2026-11-29T08-00-00-000Z-daily.rapport is looked up in DIR/backups). A restore replaces, it does
not merge: the journal as it is now is first backed up into DIR/backups (…-before-restore.rapport), then
the journal holds exactly the backup's state under a new epoch, so the app's windows and caches start
afresh from it. A damaged or cut-off file is refused (exit 1) and nothing changes. Refused while the app
has the journal open (exit 3): quit Rapport first, or restore from its Your data screen.`,
  verify: `Usage: rapport [--data-dir DIR] verify

Checks journal.snapshot and journal.log record by record (length and CRC32) and reports exactly what is
wrong and where, and what \`rapport repair\` would recover from which files (the good records before and
after the damage, journal.snapshot.prev with journal.log.prev, the newest backup of the same journal and
epoch). It also notes a damaged journal.snapshot.prev, journal.log.prev or backup (kept in reserve, read
only when needed). Writes nothing. Exit 0 when the journal is healthy, 1 when it has damage.`,
  repair: `Usage: rapport [--data-dir DIR] repair

Recovers a damaged journal, as the app does when it opens one. First the journal files are copied as they
are into DIR/journal-damaged-<time>/; then everything good is merged — the log's records before and after
the damage, journal.snapshot.prev with journal.log.prev, and the newest backup in DIR/backups of the same
journal and epoch (never an older epoch: that is what a restore replaced); the journal keeps its identity.
Each damaged file is also kept beside it (…damaged-<time>), then the folder is verified. If the app's window
was open on this journal, its cache sends back anything else it holds the next time the app runs.
Exit 0 when the journal is healthy afterwards (or was already), 1 if damage remains. Refused while the app
has the journal open (exit 3): quit Rapport first — it repairs the journal itself when it opens.`,
  serve: `Usage: rapport [--data-dir DIR] serve [--host H] [--port P]

Runs an always-on sync peer for the journal in DIR, for example on a home server that is on when the
laptops are not. It prints the address it listens on ("Listening on HOST:PORT") and a one-time code on a
line of its own ("Pairing code: …"); on the other device choose Settings → Devices → Join with a code (or
run \`rapport pair\`) and give both. A code is good for one attempt and ten minutes; a new one is printed
after each pairing, after a wrong attempt and when it expires. Paired devices sync whenever they connect;
what they send is saved (fsync'd) before it counts as received.

  --host H   the address to listen on (default 0.0.0.0: every network; 127.0.0.1: this computer only)
  --port P   the port (default: the one used last time, else one the system picks, then kept)

When a relay is set (\`rapport relay set\`), it also syncs through the relay while it runs, so devices
that never share its network still meet its journal; a device that pairs with it receives the relay.

Ctrl+C or SIGTERM stops it: connections end, the journal is saved and its lock released. Holds the
journal lock like the app (exit 3 while the app has the journal open).`,
  pair: `Usage: rapport [--data-dir DIR] pair CODE --address HOST:PORT [--merge]

Pairs this folder with the device that shows CODE (\`rapport serve\`, or the app's Settings → Devices →
Add device) at HOST:PORT, then syncs once. If this folder's journal is empty (or the folder is new), it
takes the other device's journal. If it holds anything, pairing needs --merge: the journal is then backed
up into DIR/backups (…-before-pairing.rapport) and merged into the other device's journal entity by entity
(as importing a .rapport of another journal does), and the folder holds that journal from then on.
A wrong, used or expired code, or a device that cannot be reached: exit 1, and nothing is stored.
The pair key is kept in DIR/.app-profile/sync-devices.json (the app's device file for DIR), readable by its
owner only. If the other device syncs through a relay, this folder receives that relay too (URL, room and
key, inside the encrypted pairing), unless it already has one of its own.`,
  sync: `Usage: rapport [--data-dir DIR] sync [--once]

Syncs with every paired device this folder reaches (those it paired with by address) and with the relay
room, when a relay is set (\`rapport relay\`). With --once it syncs with each, checks that both now hold
the same journal (for the relay: that the room and this journal agree, waiting at most 15 seconds for it),
prints what was sent and received and exits: 0 when everything is in step, 1 when a device or the relay
could not be reached or refused (nothing is lost; run it again).
Without --once it stays connected, reconnecting as devices and the relay come and go, until Ctrl+C.
Refused while the app has the journal open (exit 3): then the app syncs.`,
  devices: `Usage: rapport [--data-dir DIR] devices

Lists the devices this folder is paired with: name, when it last synced, its status (or the last error)
and its address. Works while the app is open.`,
  unpair: `Usage: rapport [--data-dir DIR] unpair NAME

Removes a paired device (by name, or by id when two share a name); it is refused from then on. Refused
while the app has the journal open (exit 3): unpair from Settings → Devices there.`,
  relay: `Usage: rapport [--data-dir DIR] relay
       rapport [--data-dir DIR] relay set URL [--room ROOM]
       rapport [--data-dir DIR] relay off

A relay lets devices that never share a network sync: a standard Yjs server (\`npm run relay\`, or
@y/websocket-server anywhere) that only ever holds ciphertext sealed with the relay key.

  relay           shows the relay's URL and room, when this folder last synced through it and whether it
                  can be reached now (never the key). Works while the app is open.
  relay set URL   keeps wss://host/ (or ws://host:port on your own network) as this folder's relay. The
                  relay key is made on the first set and kept in DIR/.app-profile/sync-devices.json, readable
                  by its owner only; devices that pair with this one afterwards receive URL, room and key.
    --room ROOM   the room (1 to 100 letters, digits, dots, dashes, underscores); by default the room kept
                  so far, else a random one that is hard to guess (the relay has no password).
  relay off       forgets the relay and its key on this computer; the room's ciphertext stays on the relay.

\`rapport serve\` and \`rapport sync\` sync through the relay while they run; \`sync --once\` waits until the
room and the journal agree. Setting or turning off the relay is refused while the app has the journal
open (exit 3): use Settings → Devices → Relay there. A bad URL or room: exit 1, nothing stored.`,
};
