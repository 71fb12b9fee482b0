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
  help [command]                                  show help

The journal folder is --data-dir, else $RAPPORT_DATA_DIR, else the desktop app's folder.
While the app has the journal open, the CLI can read (stats, export, backup, verify) but not import,
restore or repair.

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
};
